package app.yibao.atlas.knowledge;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import app.yibao.atlas.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes a bundle into PostgreSQL once: a bundle equal to the newest applied one is skipped. Upserts
 * by id, so a new version updates the facts it changes (the database keeps the old version in fact_history),
 * adds what is new, and retires (never deletes) bundle facts it no longer contains. Facts written by curators at run time are not touched. All in one transaction, under
 * an advisory lock so that replicas starting together apply it once.
 */
@ApplicationScoped
public class BundleApplier {

    private static final Logger LOG = Logger.getLogger(BundleApplier.class);
    private static final long LOCK_KEY = 0x59_42_41_54_4C_41_53L; // "YBATLAS"

    public record Outcome(boolean applied, int facts, int retired) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    /** Whether the bundle with this checksum is the newest applied: one read, no lock, no transaction. */
    public boolean isApplied(String checksum) {
        try (Connection connection = dataSource.getConnection()) {
            return isNewest(connection, checksum);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the applied knowledge bundle", e);
        }
    }

    @Transactional
    public Outcome apply(KnowledgeBundle bundle) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            lock(connection);
            if (isNewest(connection, bundle.checksum())) {
                LOG.infof("Knowledge bundle %s (%s) is already applied", bundle.label(), shortSum(bundle));
                return new Outcome(false, 0, 0);
            }
            upsertDivisions(connection, bundle.divisions());
            upsertSources(connection, bundle.sources());
            upsertFacts(connection, bundle.facts());
            replaceCitations(connection, bundle.facts());
            int retired = retireMissing(connection, bundle.facts());
            record(connection, bundle);
            LOG.infof("Applied knowledge bundle %s (%s): %d facts, %d retired", bundle.label(), shortSum(bundle),
                    bundle.facts().size(), retired);
            return new Outcome(true, bundle.facts().size(), retired);
        });
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
    }

    private static boolean isNewest(Connection connection, String checksum) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from knowledge_bundle where checksum = ? and id = (select max(id) from knowledge_bundle)")) {
            query.setString(1, checksum);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void upsertDivisions(Connection connection, List<Division> divisions) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into region (code, parent_code, level, name, short_name, abbreviation, aliases)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set parent_code = excluded.parent_code, level = excluded.level,
                    name = excluded.name, short_name = excluded.short_name,
                    abbreviation = excluded.abbreviation, aliases = excluded.aliases""")) {
            for (Division division : divisions) {
                upsert.setString(1, division.code());
                upsert.setString(2, division.parentCode());
                upsert.setString(3, division.level().name());
                upsert.setString(4, division.name());
                upsert.setString(5, division.shortName());
                upsert.setString(6, division.abbreviation());
                upsert.setArray(7, connection.createArrayOf("text", division.aliases().toArray()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void upsertSources(Connection connection, List<Source> sources) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into source (id, title, publisher, published_on, reliability) values (?, ?, ?, ?, ?)
                on conflict (id) do update set title = excluded.title, publisher = excluded.publisher,
                    published_on = excluded.published_on, reliability = excluded.reliability""")) {
            for (Source source : sources) {
                upsert.setString(1, source.id());
                upsert.setString(2, source.title());
                upsert.setString(3, source.publisher());
                setDate(upsert, 4, source.publishedOn());
                upsert.setString(5, source.reliability());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void upsertFacts(Connection connection, List<FactDraft> facts) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into fact (id, region_code, type, position, title, description, applies_from, applies_until,
                    disputed, dispute_note, caveat, details, origin, retired, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 'BUNDLE', false, now())
                on conflict (id) do update set region_code = excluded.region_code, type = excluded.type,
                    position = excluded.position, title = excluded.title, description = excluded.description,
                    applies_from = excluded.applies_from, applies_until = excluded.applies_until,
                    disputed = excluded.disputed, dispute_note = excluded.dispute_note, caveat = excluded.caveat,
                    details = excluded.details, retired = false, updated_at = now()
                where fact.origin = 'BUNDLE'
                and (fact.region_code, fact.type, fact.position, fact.title, fact.description, fact.applies_from,
                     fact.applies_until, fact.disputed, fact.dispute_note, fact.caveat, fact.details, fact.retired)
                    is distinct from
                    (excluded.region_code, excluded.type, excluded.position, excluded.title, excluded.description,
                     excluded.applies_from, excluded.applies_until, excluded.disputed, excluded.dispute_note,
                     excluded.caveat, excluded.details, false)""")) {
            for (FactDraft fact : facts) {
                upsert.setString(1, fact.id());
                upsert.setString(2, fact.regionCode());
                upsert.setString(3, fact.kind().name());
                upsert.setInt(4, fact.position());
                upsert.setString(5, fact.title());
                upsert.setString(6, fact.description());
                setDate(upsert, 7, fact.appliesFrom());
                setDate(upsert, 8, fact.appliesUntil());
                upsert.setBoolean(9, fact.disputed());
                upsert.setString(10, fact.disputeNote());
                upsert.setString(11, fact.caveat());
                upsert.setString(12, fact.details().toString());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void replaceCitations(Connection connection, List<FactDraft> facts) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from citation where fact_id = any (?)
                and fact_id in (select id from fact where origin = 'BUNDLE')""")) {
            delete.setArray(1, connection.createArrayOf("text", facts.stream().map(FactDraft::id).toArray()));
            delete.execute();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into citation (fact_id, position, source_id, quote)
                select ?, ?, ?, ? where exists (select 1 from fact where id = ? and origin = 'BUNDLE')""")) {
            for (FactDraft fact : facts) {
                for (int i = 0; i < fact.citations().size(); i++) {
                    CitationDraft citation = fact.citations().get(i);
                    insert.setString(1, fact.id());
                    insert.setInt(2, i);
                    insert.setString(3, citation.sourceId());
                    insert.setString(4, citation.quote());
                    insert.setString(5, fact.id());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static int retireMissing(Connection connection, List<FactDraft> facts) throws SQLException {
        try (PreparedStatement retire = connection.prepareStatement("""
                update fact set retired = true, updated_at = now()
                where origin = 'BUNDLE' and not retired and id <> all (?)""")) {
            retire.setArray(1, connection.createArrayOf("text", facts.stream().map(FactDraft::id).toArray()));
            return retire.executeUpdate();
        }
    }

    private static void record(Connection connection, KnowledgeBundle bundle) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into knowledge_bundle (checksum, label, fact_count) values (?, ?, ?)")) {
            insert.setString(1, bundle.checksum());
            insert.setString(2, bundle.label());
            insert.setInt(3, bundle.facts().size());
            insert.execute();
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static String shortSum(KnowledgeBundle bundle) {
        return bundle.checksum().substring(0, 12);
    }
}
