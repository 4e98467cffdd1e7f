package app.yibao.atlas.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Applying bundles to the real PostgreSQL: once per version, without duplicates, without losing anything. */
@QuarkusTest
class BundleApplierTest {

    @Inject
    BundleApplier applier;

    @Inject
    KnowledgeStore store;

    @Inject
    AgroalDataSource dataSource;

    private final KnowledgeBundle shipped = BundleReader.read(BundleReader.DEFAULT_ROOT);

    @AfterEach
    void backToTheShippedBundle() throws SQLException {
        applier.apply(shipped);
        update("delete from fact where id = 'editorial-test-notice'");
        store.reload();
    }

    @Test
    void theShippedBundleWasAppliedAtStartAndIsNotAppliedAgain() throws SQLException {
        assertFalse(applier.apply(shipped).applied());
        assertEquals(shipped.facts().size(), count("select count(*) from fact where origin = 'BUNDLE' and not retired"));
        long citations = shipped.facts().stream().mapToLong(fact -> fact.citations().size()).sum();
        assertEquals(citations, count("""
                select count(*) from citation join fact on fact.id = citation.fact_id
                where fact.origin = 'BUNDLE' and not fact.retired"""));
        assertEquals(2243, count("select count(*) from region"));
    }

    @Test
    void aRestartFindsTheShippedFilesAppliedByTheirChecksumAlone() {
        String checksum = BundleFiles.read(BundleReader.DEFAULT_ROOT).checksum();
        assertEquals(shipped.checksum(), checksum, "reading the files alone gives the checked bundle's checksum");
        assertTrue(applier.isApplied(checksum));
        assertFalse(applier.isApplied("changed-" + checksum));
    }

    @Test
    void anUpgradeUpdatesAddsAndRetiresButKeepsWhatIsNotInTheBundle() throws SQLException {
        long historyBefore = count("select count(*) from fact_history");
        update("""
                insert into fact (id, region_code, type, title, details, origin)
                values ('editorial-test-notice', '440300', 'NOTICE', '编辑部写的提示', '{"severity":"INFO"}', 'EDITORIAL')""");
        FactDraft changed = shipped.facts().get(0);
        FactDraft removed = shipped.facts().get(1);
        List<FactDraft> facts = new ArrayList<>(shipped.facts());
        facts.set(0, withTitle(changed, changed.id(), changed.title() + "（修订）"));
        facts.remove(removed);
        facts.add(withTitle(changed, "test-added-fact", "新增的事实"));
        KnowledgeBundle upgrade = new KnowledgeBundle("test upgrade", "upgrade-" + shipped.checksum(),
                shipped.divisions(), shipped.sources(), facts);

        BundleApplier.Outcome outcome = applier.apply(upgrade);
        assertTrue(outcome.applied());
        assertEquals(1, outcome.retired());
        assertFalse(applier.apply(upgrade).applied(), "the same version is applied once");

        assertEquals(shipped.facts().size() + 2, count("select count(*) from fact"), "one added, one editorial");
        assertEquals(1, count("select count(*) from fact where id = '" + removed.id() + "' and retired"),
                "a fact dropped from the bundle is retired, not deleted");
        assertEquals(1, count("select count(*) from fact where title = '" + changed.title() + "（修订）'"));
        assertEquals(changed.citations().size(),
                count("select count(*) from citation where fact_id = '" + changed.id() + "'"), "no duplicates");
        assertEquals(1, count("select count(*) from fact where id = 'editorial-test-notice' and not retired"),
                "facts that are not part of the bundle are left alone");
        assertEquals(1, count("select count(*) from fact_history where fact_id = '" + changed.id()
                + "' and title = '" + changed.title() + "' and jsonb_array_length(citations) = "
                + changed.citations().size()), "the version replaced is kept, with its citations");
        assertEquals(2, count("select count(distinct fact_id) from fact_history where fact_id in ('"
                + changed.id() + "', '" + removed.id() + "')"), "only changed facts get a history row");

        assertEquals(historyBefore + 2, count("select count(*) from fact_history"),
                "unchanged facts are not rewritten: one row for the changed fact, one for the retired one");

        KnowledgeSnapshot snapshot = store.reload();
        assertTrue(snapshot.allFacts().stream().noneMatch(fact -> fact.getId().equals(removed.id())));
        assertTrue(snapshot.allFacts().stream().anyMatch(fact -> fact.getId().equals("test-added-fact")));

        assertTrue(applier.apply(shipped).applied(), "rolling back brings the shipped version back");
        assertEquals(0, count("select count(*) from fact where id = '" + removed.id() + "' and retired"));
        assertEquals(1, count("select count(*) from fact where id = 'test-added-fact' and retired"));
    }

    private static FactDraft withTitle(FactDraft fact, String id, String title) {
        return new FactDraft(id, fact.regionCode(), fact.kind(), fact.position(), title, fact.description(),
                fact.appliesFrom(), fact.appliesUntil(), fact.disputed(), fact.disputeNote(), fact.caveat(),
                fact.details(), fact.citations());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
