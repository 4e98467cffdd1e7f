package app.yibao.atlas.mcp;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.PolicyFacts;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.search.SearchHit;

/**
 * Compact JSON for LLM agents: a fact is its header, its kind-specific fields exactly as the knowledge file has
 * them, and its citations; absent values are left out to save tokens. Built as a Jackson tree (no reflection).
 */
final class CompactJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CompactJson() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ObjectNode region(Region region) {
        return object().put("code", region.code()).put("name", region.name());
    }

    static ArrayNode facts(KnowledgeSnapshot snapshot, Collection<? extends PolicyFact> facts) {
        ArrayNode array = NODES.arrayNode();
        facts.forEach(fact -> array.add(fact(snapshot, fact)));
        return array;
    }

    /** A fact seen from a region; one that a sub-region holds says which (inherited ones say inheritedFrom). */
    static ObjectNode fact(KnowledgeSnapshot snapshot, PolicyFact fact, Region viewer) {
        ObjectNode json = fact(snapshot, fact);
        if (fact.getInheritedFrom() == null && !fact.getRegion().code().equals(viewer.code())) {
            json.set("region", region(fact.getRegion()));
        }
        return json;
    }

    static ObjectNode fact(KnowledgeSnapshot snapshot, PolicyFact fact) {
        ObjectNode json = object().put("id", fact.getFactId()).put("kind", PolicyFacts.kindOf(fact).name())
                .put("title", fact.getTitle());
        putIfPresent(json, "description", fact.getDescription());
        JsonNode details = snapshot.detailsOf(fact);
        if (details != null && !details.isEmpty()) {
            json.set("details", details);
        }
        putIfPresent(json, "appliesFrom", fact.getAppliesFrom());
        putIfPresent(json, "appliesUntil", fact.getAppliesUntil());
        if (fact.getInheritedFrom() != null) {
            json.set("inheritedFrom", region(fact.getInheritedFrom()));
        }
        if (fact.isDisputed()) {
            json.put("disputed", true);
            putIfPresent(json, "disputeNote", fact.getDisputeNote());
        }
        putIfPresent(json, "caveat", fact.getCaveat());
        json.set("citations", citations(fact.getCitations()));
        return json;
    }

    static ArrayNode hits(List<SearchHit> hits) {
        ArrayNode array = NODES.arrayNode();
        for (SearchHit hit : hits) {
            array.add(object().put("factId", hit.factId()).put("kind", hit.kind().name())
                    .put("title", hit.title()).put("snippet", hit.snippet()).put("score", hit.score())
                    .<ObjectNode>set("region", region(hit.region()))
                    .set("citations", citations(hit.citations())));
        }
        return array;
    }

    static ArrayNode citations(Collection<Citation> citations) {
        ArrayNode array = NODES.arrayNode();
        for (Citation citation : citations) {
            ObjectNode json = object().put("source", citation.source().id()).put("title", citation.source().title());
            putIfPresent(json, "publisher", citation.source().publisher());
            putIfPresent(json, "publishedOn", citation.source().publishedOn());
            putIfPresent(json, "quote", citation.quote());
            array.add(json);
        }
        return array;
    }

    static ArrayNode strings(Collection<?> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(String.valueOf(value)));
        return array;
    }

    static void putIfPresent(ObjectNode json, String field, Object value) {
        if (value != null) {
            json.put(field, value.toString());
        }
    }
}
