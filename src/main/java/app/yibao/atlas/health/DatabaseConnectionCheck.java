package app.yibao.atlas.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** DOWN while PostgreSQL is unreachable, for monitoring and alerts: {@code /q/health/group/database}. */
@HealthGroup("database")
@ApplicationScoped
public class DatabaseConnectionCheck implements HealthCheck {

    @Inject
    DatabaseStatus status;

    @Override
    public HealthCheckResponse call() {
        return DatabaseReadiness.describe(
                HealthCheckResponse.named("Database connection").status(status.isReachable()), status);
    }
}
