package app.yibao.atlas.knowledge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Holds the current {@link KnowledgeSnapshot}; the one place that reads the knowledge from PostgreSQL. */
@ApplicationScoped
public class KnowledgeStore {

    private static final Logger LOG = Logger.getLogger(KnowledgeStore.class);

    @Inject
    DataSource dataSource;

    private volatile KnowledgeSnapshot snapshot;

    public KnowledgeSnapshot current() {
        KnowledgeSnapshot current = snapshot;
        if (current == null) {
            throw new IllegalStateException("The knowledge snapshot has not been loaded yet");
        }
        return current;
    }

    /** The snapshot, once it has been loaded. */
    public Optional<KnowledgeSnapshot> loaded() {
        return Optional.ofNullable(snapshot);
    }

    /** Rebuilds the snapshot from one round trip to PostgreSQL, whatever the size of the knowledge. */
    public KnowledgeSnapshot reload() {
        long start = System.nanoTime();
        KnowledgeSnapshot fresh;
        try (Connection connection = dataSource.getConnection()) {
            fresh = SnapshotRows.load(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the knowledge from PostgreSQL", e);
        }
        snapshot = fresh;
        LOG.infof("Knowledge snapshot loaded: %d regions, %d facts in %d ms", fresh.regions().size(),
                fresh.factCount(), (System.nanoTime() - start) / 1_000_000);
        return fresh;
    }
}
