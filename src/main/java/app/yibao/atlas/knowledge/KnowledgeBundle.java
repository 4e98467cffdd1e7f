package app.yibao.atlas.knowledge;

import java.util.List;

import app.yibao.atlas.sources.Source;

/**
 * The whole bundled knowledge, validated: divisions, sources and facts. Its checksum covers every file it was
 * read from, so that a changed bundle is applied exactly once.
 */
public record KnowledgeBundle(String label, String checksum, List<Division> divisions, List<Source> sources,
        List<FactDraft> facts) {

    public KnowledgeBundle {
        divisions = List.copyOf(divisions);
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
    }
}
