package app.yibao.atlas.knowledge;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.yibao.atlas.facts.CitationEntity;
import app.yibao.atlas.facts.FactEntity;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.regions.RegionEntity;
import app.yibao.atlas.regions.RegionLevel;
import app.yibao.atlas.sources.SourceEntity;

/**
 * Reads everything a {@link KnowledgeSnapshot} is built from in one round trip to PostgreSQL: the four queries go
 * out together inside one read-only, repeatable-read transaction, so that they see the same state of the
 * knowledge. Plain JDBC into the entity classes: loading through the ORM cost more than the rest of the start-up
 * together on a JVM (its queries are compiled on first use), and this runs at every start and every reload.
 */
final class SnapshotRows {

    private static final String IN_OWN_TRANSACTION = "begin transaction isolation level repeatable read read only;";
    private static final String QUERIES = """
            select code, parent_code, level, name, short_name, abbreviation, aliases from region order by code;
            select id, title, publisher, published_on, reliability from source order by id;
            select id, region_code, type, position, title, description, applies_from, applies_until, disputed,
                   dispute_note, caveat, details::text, origin
              from fact where not retired order by region_code, position, id;
            select fact_id, position, source_id, quote from citation order by fact_id, position;""";

    private final List<RegionEntity> regions = new ArrayList<>();
    private final List<SourceEntity> sources = new ArrayList<>();
    private final List<FactEntity> facts = new ArrayList<>();
    private final List<CitationEntity> citations = new ArrayList<>();

    static KnowledgeSnapshot load(Connection connection) throws SQLException {
        SnapshotRows rows = new SnapshotRows();
        try (Statement statement = connection.createStatement()) {
            // Inside a caller's transaction the queries join it; otherwise they get one of their own.
            boolean own = connection.getAutoCommit();
            try {
                rows.readAll(statement, own ? IN_OWN_TRANSACTION + QUERIES + "commit" : QUERIES);
            } catch (SQLException e) {
                if (own) {
                    rollBackQuietly(statement, e); // never hand the pool a connection left in a transaction
                }
                throw e;
            }
        }
        return new KnowledgeSnapshot(rows.regions, rows.sources, rows.facts, rows.citations);
    }

    private void readAll(Statement statement, String queries) throws SQLException {
        boolean isRows = statement.execute(queries);
        int table = 0;
        while (isRows || statement.getUpdateCount() != -1) {
            if (isRows) {
                try (ResultSet result = statement.getResultSet()) {
                    read(table++, result);
                }
            }
            isRows = statement.getMoreResults();
        }
        if (table != 4) {
            throw new SQLException("Expected 4 result sets for the snapshot, got " + table);
        }
    }

    private static void rollBackQuietly(Statement statement, SQLException failure) {
        try {
            statement.execute("rollback");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void read(int table, ResultSet result) throws SQLException {
        while (result.next()) {
            switch (table) {
                case 0 -> regions.add(region(result));
                case 1 -> sources.add(source(result));
                case 2 -> facts.add(fact(result));
                default -> citations.add(citation(result));
            }
        }
    }

    private static RegionEntity region(ResultSet row) throws SQLException {
        RegionEntity region = new RegionEntity();
        region.code = row.getString(1);
        region.parentCode = row.getString(2);
        region.level = RegionLevel.valueOf(row.getString(3));
        region.name = row.getString(4);
        region.shortName = row.getString(5);
        region.abbreviation = row.getString(6);
        Array aliases = row.getArray(7);
        region.aliases = aliases == null ? new String[0] : (String[]) aliases.getArray();
        return region;
    }

    private static SourceEntity source(ResultSet row) throws SQLException {
        SourceEntity source = new SourceEntity();
        source.id = row.getString(1);
        source.title = row.getString(2);
        source.publisher = row.getString(3);
        source.publishedOn = row.getObject(4, LocalDate.class);
        source.reliability = row.getString(5);
        return source;
    }

    private static FactEntity fact(ResultSet row) throws SQLException {
        FactEntity fact = new FactEntity();
        fact.id = row.getString(1);
        fact.regionCode = row.getString(2);
        fact.type = FactKind.valueOf(row.getString(3));
        fact.position = row.getInt(4);
        fact.title = row.getString(5);
        fact.description = row.getString(6);
        fact.appliesFrom = row.getObject(7, LocalDate.class);
        fact.appliesUntil = row.getObject(8, LocalDate.class);
        fact.disputed = row.getBoolean(9);
        fact.disputeNote = row.getString(10);
        fact.caveat = row.getString(11);
        fact.details = row.getString(12);
        fact.origin = row.getString(13);
        return fact;
    }

    private static CitationEntity citation(ResultSet row) throws SQLException {
        CitationEntity citation = new CitationEntity();
        citation.factId = row.getString(1);
        citation.position = row.getInt(2);
        citation.sourceId = row.getString(3);
        citation.quote = row.getString(4);
        return citation;
    }
}
