package app.yibao.atlas.health;

import java.time.Instant;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether PostgreSQL answered the last periodic knowledge check. Kept in memory so that health probes answer at
 * once, without waiting on a connection while the database is away.
 */
@ApplicationScoped
public class DatabaseStatus {

    private static final Logger LOG = Logger.getLogger(DatabaseStatus.class);

    private volatile Instant unreachableSince;
    private volatile Instant lastChecked;
    private volatile String lastError;

    public void reachable() {
        Instant since = unreachableSince;
        lastChecked = Instant.now();
        if (since != null) {
            unreachableSince = null;
            lastError = null;
            LOG.infof("PostgreSQL is reachable again (unreachable since %s)", since);
        }
    }

    public void unreachable(Exception cause) {
        lastChecked = Instant.now();
        lastError = cause.getClass().getSimpleName();
        if (unreachableSince == null) {
            unreachableSince = lastChecked;
            LOG.warnf("PostgreSQL is unreachable (%s: %s); reads go on from the loaded knowledge snapshot",
                    lastError, cause.getMessage());
        }
    }

    public boolean isReachable() {
        return unreachableSince == null;
    }

    public Instant unreachableSince() {
        return unreachableSince;
    }

    public Instant lastChecked() {
        return lastChecked;
    }

    public String lastError() {
        return lastError;
    }
}
