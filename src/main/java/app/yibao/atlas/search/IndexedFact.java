package app.yibao.atlas.search;

import java.util.List;

import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.regions.Region;

/**
 * One fact as the search index holds it: the texts a snippet may be cut from, in order of preference, and the same
 * texts {@linkplain Tokenizer#normalize normalised} once here rather than on every search.
 */
record IndexedFact(PolicyFact fact, FactKind kind, Region region, List<String> snippetTexts,
        List<String> normalizedSnippetTexts, float length) {
}
