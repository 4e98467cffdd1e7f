package app.yibao.atlas.knowledge;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** No N+1: reads are served from the snapshot, and the snapshot is loaded in one round trip, whatever its size. */
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

    @Inject
    AgroalDataSource dataSource;

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
    void theSnapshotIsLoadedWithoutTheOrmAndHoldsEverythingPublished() throws SQLException {
        Statistics statistics = sessionFactory.getStatistics();
        String version = store.current().version();
        long before = statistics.getPrepareStatementCount();

        KnowledgeSnapshot reloaded = store.reload();

        assertEquals(0, statistics.getPrepareStatementCount() - before, "one plain JDBC round trip, no ORM query");
        assertEquals(version, reloaded.version(), "the same content as loaded at start");
        assertEquals(count("select count(*) from region"), reloaded.regions().size());
        assertEquals(count("select count(*) from source"), reloaded.sources().size());
        assertEquals(count("select count(*) from fact where not retired"), reloaded.factCount());
        assertEquals(count("select count(*) from citation join fact on fact.id = fact_id where not retired"),
                reloaded.allFacts().stream().mapToLong(fact -> fact.getCitations().size()).sum());
    }

    @Test
    void aReloadInsideATransactionJoinsItAndNeverCommitsIt() throws SQLException {
        QuarkusTransaction.begin();
        try {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("""
                        insert into fact (id, region_code, type, title, details, origin)
                        values ('transaction-probe', '440300', 'NOTICE', '事务探针', '{"severity":"INFO"}', 'EDITORIAL')""");
            }
            KnowledgeSnapshot inside = store.reload();
            assertTrue(inside.allFacts().stream().anyMatch(fact -> fact.getId().equals("transaction-probe")),
                    "the reload reads within the caller's transaction");
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, count("select count(*) from fact where id = 'transaction-probe'"), "the reload committed nothing");
        store.reload();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
