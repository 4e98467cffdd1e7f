package app.yibao.atlas.knowledge;

import java.util.ArrayList;
import java.util.List;

import app.yibao.atlas.regions.RegionLevel;

/**
 * Grows a bundle N-fold with generated facts, to measure how search and reads scale: copy k of every real fact
 * is given to a prefecture (round robin over all of them), under the id {@code synthetic<k>-<id>} and with a
 * caveat saying it is not a policy. Quotes and sources stay those of the real fact, so the grown bundle passes
 * the same checks. Benchmarks only: off unless {@code atlas.knowledge.synthetic-factor} is above 1.
 */
final class SyntheticKnowledge {

    static final String CAVEAT = "Synthetic benchmark data generated from fact %s; not a policy.";

    private SyntheticKnowledge() {
    }

    static KnowledgeBundle grow(KnowledgeBundle bundle, int factor) {
        if (factor <= 1) {
            return bundle;
        }
        List<String> prefectures = bundle.divisions().stream()
                .filter(division -> division.level() == RegionLevel.PREFECTURE)
                .map(Division::code)
                .toList();
        List<FactDraft> facts = new ArrayList<>(bundle.facts());
        int next = 0;
        for (int copy = 1; copy < factor; copy++) {
            for (FactDraft fact : bundle.facts()) {
                String region = prefectures.get(next++ % prefectures.size());
                facts.add(new FactDraft("synthetic" + copy + "-" + fact.id(), region, fact.kind(),
                        fact.position() + copy * 1000, fact.title(), fact.description(), fact.appliesFrom(),
                        fact.appliesUntil(), fact.disputed(), fact.disputeNote(), CAVEAT.formatted(fact.id()),
                        fact.details(), fact.citations()));
            }
        }
        return new KnowledgeBundle(bundle.label() + " ×" + factor + " (synthetic)",
                bundle.checksum() + "-synthetic" + factor, bundle.divisions(), bundle.sources(), facts);
    }
}
