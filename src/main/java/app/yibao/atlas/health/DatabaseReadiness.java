package app.yibao.atlas.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reports the database in readiness without taking the pod out of service: every read is answered from the
 * in-memory snapshot, so a replica whose database is away is degraded (no knowledge refresh) but still serves.
 * Taking every replica out of the Service during a database outage would turn it into a full outage.
 * The strict check for alerting is {@link DatabaseConnectionCheck}, in the "database" health group.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseStatus status;

    @Override
    public HealthCheckResponse call() {
        return describe(HealthCheckResponse.named("Database").up(), status);
    }

    static HealthCheckResponse describe(HealthCheckResponseBuilder response, DatabaseStatus status) {
        response.withData("reachable", status.isReachable())
                .withData("mode", status.isReachable() ? "normal" : "degraded: serving the loaded snapshot");
        if (status.lastChecked() != null) {
            response.withData("lastChecked", status.lastChecked().toString());
        }
        if (!status.isReachable()) {
            response.withData("unreachableSince", status.unreachableSince().toString())
                    .withData("error", status.lastError());
        }
        return response.build();
    }
}
