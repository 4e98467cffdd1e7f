package app.yibao.atlas.observability;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One log line and one timer sample per GraphQL request: operation name, method, status, outcome and duration.
 * Never the query text or its variables, which may carry what a person asked.
 */
@ApplicationScoped
public class GraphQLRequestLog {

    private static final Logger LOG = Logger.getLogger("app.yibao.atlas.requests");

    @Inject
    MeterRegistry registry;

    private final OperationNames names;
    // bounded: operation tags are capped by OperationNames, outcomes are an enum
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Inject
    GraphQLRequestLog(@ConfigProperty(name = "atlas.metrics.max-operation-names", defaultValue = "100") int capacity) {
        this.names = new OperationNames(capacity);
    }

    public void record(String method, String operationName, int status, RequestOutcome outcome, long nanos) {
        String operation = names.tagFor(operationName);
        // found once per operation and outcome: building and registering the timer each time cost more than using it
        timers.computeIfAbsent(operation + '\u0000' + outcome.tag(), key -> Timer.builder("graphql.requests")
                .description("GraphQL requests by operation name and outcome")
                .tag("operation", operation)
                .tag("outcome", outcome.tag())
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
                        Duration.ofMillis(500), Duration.ofSeconds(2))
                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (!LOG.isInfoEnabled()) {
            return;
        }
        MDC.put("operation", operation);
        MDC.put("outcome", outcome.tag());
        try {
            LOG.infof("GraphQL %s %s: %d %s in %.1f ms", method, operation, status, outcome.tag(), nanos / 1e6);
        } finally {
            MDC.remove("operation");
            MDC.remove("outcome");
        }
    }
}
