package app.yibao.atlas.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * A rolling restart under steady load loses no request. Two more replicas of the packaged application run behind
 * a balancer that follows their readiness probes, as a Kubernetes Service does; each in turn gets SIGTERM
 * (the first is then started again, as a rollout replaces a pod) while clients keep sending over keep-alive
 * connections. Every request must be answered, each stopping replica must turn its readiness DOWN while it still
 * answers, and it must exit within Kubernetes' default grace period.
 */
@QuarkusIntegrationTest
class RollingRestartIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(30);
    private static final String[] SETTINGS = {
            "QUARKUS_SHUTDOWN_DELAY", "5s", // the production default: the balancer (100 ms probes) has ample time
            "QUARKUS_LOG_CATEGORY__APP_YIBAO_ATLAS_REQUESTS__LEVEL", "WARN" };

    @Test
    void aRollingRestartUnderLoadLosesNoRequest() throws Exception {
        int portA = Replica.freePort();
        int portB = Replica.freePort();
        Replica a = Replica.start(portA, "a", SETTINGS);
        Replica b = Replica.start(portB, "b", SETTINGS);
        Replica restarted = null;
        try (ReadinessBalancer balancer = new ReadinessBalancer(List.of(portA, portB))) {
            a.awaitReady(START);
            b.awaitReady(START);
            awaitInService(balancer, portA, portB);
            try (SteadyLoad load = new SteadyLoad(balancer.port(), 4)) {
                Thread.sleep(1_000);
                assertTrue(balancer.connectionsTo(portA) > 0 && balancer.connectionsTo(portB) > 0,
                        "the load reaches both replicas");

                stop(a, balancer);
                restarted = Replica.start(portA, "a-restarted", SETTINGS).awaitReady(START);
                awaitInService(balancer, portA);
                long beforeSecondStop = balancer.connectionsTo(portA);
                Thread.sleep(1_000);
                stop(b, balancer);
                Thread.sleep(1_000);
                assertTrue(balancer.connectionsTo(portA) > beforeSecondStop,
                        "the restarted replica took over the load");

                load.close();
                System.out.printf("rolling restart: %d requests answered, %d failed%n", load.answered(),
                        load.failed());
                assertEquals(0, load.failed(), "failed requests: " + load.failures());
                assertTrue(load.answered() > 100, "steady load ran: " + load.answered() + " requests");
            }
        } finally {
            for (Replica replica : new Replica[] { a, b, restarted }) {
                if (replica != null) {
                    replica.kill();
                }
            }
        }
    }

    private static void stop(Replica replica, ReadinessBalancer balancer) throws Exception {
        replica.terminate();
        // a busy machine may take a while to run the shutdown hook: wait for DOWN as long as the replica lives
        long deadline = System.nanoTime() + GRACE_PERIOD.toNanos();
        while (!balancer.wasSeenDown(replica.port) && replica.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(balancer.wasSeenDown(replica.port), "replica on port " + replica.port
                + " turned readiness DOWN while it still answered");
        HttpResponse<String> whileDraining = askWhileDraining(replica, HttpClient.Version.HTTP_1_1);
        assertEquals(200, whileDraining.statusCode(), "a draining replica still answers");
        assertEquals("close", whileDraining.headers().firstValue("Connection").orElse(null),
                "a draining replica's answers close their connections, so that clients move on");
        HttpResponse<String> overHttp2 = askWhileDraining(replica, HttpClient.Version.HTTP_2);
        assertEquals(HttpClient.Version.HTTP_2, overHttp2.version(), "the client upgraded to HTTP/2 (h2c)");
        assertEquals(200, overHttp2.statusCode(), "a draining replica still answers over HTTP/2");
        assertTrue(overHttp2.headers().firstValue("Connection").isEmpty(),
                "no connection-specific header over HTTP/2, where it is a protocol error");
        assertTrue(replica.awaitExit(GRACE_PERIOD), "replica on port " + replica.port
                + " exited within the grace period");
    }

    private static HttpResponse<String> askWhileDraining(Replica replica, HttpClient.Version version)
            throws Exception {
        return HttpClient.newBuilder().version(version).build().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + replica.port + "/graphql?query=%7B__typename%7D")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitInService(ReadinessBalancer balancer, int... ports) throws InterruptedException {
        for (int port : ports) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!balancer.isReady(port)) {
                assertTrue(System.nanoTime() < deadline, "replica on port " + port + " never in service");
                Thread.sleep(50);
            }
        }
    }
}
