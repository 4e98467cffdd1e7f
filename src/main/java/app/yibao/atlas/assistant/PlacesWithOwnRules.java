package app.yibao.atlas.assistant;

import java.util.HashSet;
import java.util.Set;

import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;

/** The places below the nation that hold facts of their own, or whose sub-regions do. Built once per snapshot. */
final class PlacesWithOwnRules {

    private final Set<String> ownOrBelow = new HashSet<>();

    PlacesWithOwnRules(KnowledgeSnapshot snapshot) {
        Region nation = snapshot.regions().get(0);
        for (PolicyFact fact : snapshot.allFacts()) {
            for (Region at = fact.getRegion(); !at.equals(nation); at = snapshot.parentOf(at).orElseThrow()) {
                ownOrBelow.add(at.code());
            }
        }
    }

    /** Whether the place (泰安), or a place below it (新疆 above 阿克苏), has facts of its own. */
    boolean hasOwnOrBelow(Region place) {
        return ownOrBelow.contains(place.code());
    }
}
