package app.yibao.atlas.facts;

import static app.yibao.atlas.GraphQLClient.regionPages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.yibao.atlas.knowledge.KnowledgeStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Every fact cites at least one source document: walked over HTTP for every region, and in the snapshot. */
@QuarkusTest
@SuppressWarnings("unchecked")
class CitationsTest {

    private static final String CITED = "id citations { quote source { id title } }";
    private static final String EVERY_SLICE = """
            query($asOf: Date, $after: String) { regions(first: 500, after: $after) { totalCount
                pageInfo { hasNextPage endCursor } edges { node { code
                withdrawalConditions(asOf: $asOf) { %1$s } withdrawalProcedure(asOf: $asOf) { %1$s }
                usageScenarios(asOf: $asOf) { %1$s } queryChannels { %1$s } contacts { %1$s } notices { %1$s }
                accountFacts(asOf: $asOf) { %1$s } } } } }""".formatted(CITED);

    private static final List<String> SLICES = List.of("withdrawalConditions", "usageScenarios", "queryChannels",
            "contacts", "notices", "accountFacts");

    @Inject
    KnowledgeStore store;

    @Test
    void everyFactServedForEveryRegionIsCited() {
        Set<String> seen = new HashSet<>();
        for (String asOf : List.of("2023-06-01", "2024-06-01")) {
            // page by page: there are more regions than one page holds
            List<JsonPath> pages = regionPages(EVERY_SLICE, Map.of("asOf", asOf),
                    page -> assertNull(page.get("errors"), () -> "errors: " + page.get("errors")));
            List<Map<String, Object>> regions = new ArrayList<>();
            pages.forEach(page -> regions.addAll(page.getList("data.regions.edges.node")));
            assertEquals(pages.get(0).getInt("data.regions.totalCount"), regions.size());
            for (Map<String, Object> region : regions) {
                for (String slice : SLICES) {
                    for (Map<String, Object> fact : (List<Map<String, Object>>) region.get(slice)) {
                        assertCited(region.get("code") + " " + slice, fact);
                        seen.add((String) fact.get("id"));
                    }
                }
                Map<String, Object> procedure = (Map<String, Object>) region.get("withdrawalProcedure");
                if (procedure != null) {
                    assertCited(region.get("code") + " withdrawalProcedure", procedure);
                    seen.add((String) procedure.get("id"));
                }
            }
        }
        assertTrue(seen.size() > 50, "the walk saw " + seen.size() + " distinct facts");
    }

    @Test
    void everyFactInTheSnapshotIsCited() {
        List<PolicyFact> facts = store.current().allFacts();
        assertFalse(facts.isEmpty());
        for (PolicyFact fact : facts) {
            assertFalse(fact.getCitations().isEmpty(), fact.getId() + " has no citation");
            fact.getCitations().forEach(citation -> assertNotNull(citation.source(), fact.getId() + " cites an unknown source"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertCited(String where, Map<String, Object> fact) {
        List<Map<String, Object>> citations = (List<Map<String, Object>>) fact.get("citations");
        assertFalse(citations.isEmpty(), where + ": " + fact.get("id") + " has no citation");
        for (Map<String, Object> citation : citations) {
            Map<String, Object> source = (Map<String, Object>) citation.get("source");
            assertNotNull(source, where + ": " + fact.get("id") + " cites no source");
            assertNotNull(source.get("title"), where + ": " + fact.get("id") + " cites a source without title");
        }
    }
}
