package app.yibao.atlas.knowledge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import app.yibao.atlas.health.DatabaseStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps this replica's snapshot current: a cheap periodic read of the knowledge version (moved on by every change,
 * see V3_1__knowledge_version.sql) reloads the snapshot when it changed. A database that does not answer is
 * recorded as such and the current snapshot goes on serving; the next successful check recovers by itself.
 */
@ApplicationScoped
public class KnowledgeRefresher {

    private static final Logger LOG = Logger.getLogger(KnowledgeRefresher.class);
    private static final int QUERY_TIMEOUT_SECONDS = 5;

    @Inject
    DataSource dataSource;

    @Inject
    KnowledgeStore store;

    @Inject
    DatabaseStatus database;

    private volatile long loadedVersion = -1;

    /** Loads the snapshot and remembers the version it was loaded at (read first: a later change reloads again). */
    public void loadNow() {
        long version = readVersion();
        store.reload();
        loadedVersion = version;
    }

    @Scheduled(identity = "knowledge-refresh", every = "${atlas.knowledge.refresh-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (store.loaded().isEmpty()) {
            return; // start-up has not loaded the first snapshot yet
        }
        try {
            long version = readVersion();
            database.reachable();
            if (version != loadedVersion) {
                LOG.infof("Knowledge version %d differs from the loaded %d: reloading", version, loadedVersion);
                store.reload();
                loadedVersion = version;
            }
        } catch (RuntimeException e) {
            database.unreachable(e.getCause() instanceof SQLException sql ? sql : e);
        }
    }

    private long readVersion() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery("select version from knowledge_version")) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the knowledge version", e);
        }
    }
}
