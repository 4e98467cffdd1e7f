package app.yibao.atlas.knowledge;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready once the knowledge snapshot that answers every read is loaded. */
@Readiness
@ApplicationScoped
public class KnowledgeReadiness implements HealthCheck {

    @Inject
    KnowledgeStore store;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Knowledge snapshot");
        return store.loaded()
                .map(snapshot -> response.up().withData("regions", snapshot.regions().size())
                        .withData("facts", snapshot.factCount()).build())
                .orElseGet(() -> response.down().build());
    }
}
