package app.yibao.atlas.health;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

/**
 * Lets a stopping replica hand its clients over without a failed request. On SIGTERM, Quarkus first waits
 * {@code quarkus.shutdown.delay} with readiness DOWN, so that the load balancer stops opening connections to it,
 * while the replica still serves. Clients that already hold a keep-alive connection would otherwise keep sending
 * on it until the server closes it under them; during the delay every HTTP/1.1 answer therefore carries
 * {@code Connection: close}, and each client's next request opens a new connection, to a replica still in
 * service. HTTP/2 forbids that header (strict clients reject the answer that carries it): there the connection
 * is shut down gracefully instead once the answer is sent: a GOAWAY, which sends the client's next stream to a new
 * connection.
 * Requests in flight when the delay ends are finished within {@code quarkus.shutdown.timeout}.
 */
@ApplicationScoped
public class ShutdownDrain {

    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);

    private volatile boolean draining;

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
        LOG.info("Shutting down: readiness is DOWN and answers close their connections until the delay ends");
    }

    void closeConnectionsWhileDraining(@Observes Filters filters) {
        filters.register(ctx -> {
            if (draining) {
                HttpServerRequest request = ctx.request();
                if (request.version() == HttpVersion.HTTP_2) {
                    // after the answer is sent: some clients (JDK 17's) fail the streams under way on a GOAWAY
                    ctx.addEndHandler(sent -> request.connection().shutdown());
                } else {
                    ctx.response().putHeader("Connection", "close");
                }
            }
            ctx.next();
        }, 1000);
    }
}
