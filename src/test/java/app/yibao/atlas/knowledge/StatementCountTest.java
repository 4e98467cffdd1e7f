package app.yibao.atlas.knowledge;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** No N+1: reads are served from the snapshot, and the snapshot is loaded with a fixed number of statements. */
@QuarkusTest
class StatementCountTest {

    private static final String FIFTY_CITIES = """
            { regions(level: PREFECTURE, first: 50) { edges { node { code name
                withdrawalConditions { kind materials inheritedFrom { code } citations { quote source { id title } } }
                withdrawalProcedure { steps citations { source { id } } }
                usageScenarios { category citations { source { id } } }
                queryChannels { type citations { source { id } } }
            } } } }""";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    KnowledgeStore store;

    @Test
    void fiftyRegionsWithConditionsAndCitationsRunNoStatement() {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();

        query(FIFTY_CITIES)
                .body("errors", nullValue())
                .body("data.regions.edges", hasSize(50))
                .body("data.regions.edges.node.withdrawalConditions", everyItem(not(empty())));

        assertEquals(0, statistics.getPrepareStatementCount() - before);
    }

    @Test
    void theSnapshotIsLoadedWithFourStatements() {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        store.reload();
        assertEquals(4, statistics.getPrepareStatementCount() - before,
                "regions, sources, facts and citations: one statement each, whatever their number");
    }
}
