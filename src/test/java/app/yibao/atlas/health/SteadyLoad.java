package app.yibao.atlas.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients sending one GraphQL request after another over keep-alive connections, as a busy front end does, and
 * counting every answer that is not a complete 200 as a failure.
 */
final class SteadyLoad implements AutoCloseable {

    private static final String QUERY = "{\"query\":\"query Rolling($name: String!) { region(name: $name) { code name } }\","
            + "\"variables\":{\"name\":\"深圳\"}}";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI endpoint;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> clients;
    private volatile boolean stopped;

    SteadyLoad(int port, int clientCount) {
        endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        clients = java.util.stream.IntStream.range(0, clientCount)
                .mapToObj(i -> new Thread(this::sendUntilStopped, "steady-load-" + i)).toList();
        clients.forEach(Thread::start);
    }

    private void sendUntilStopped() {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY, StandardCharsets.UTF_8)).build();
        while (!stopped) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"code\":\"440300\"")) {
                    answered.incrementAndGet();
                } else {
                    fail("HTTP " + response.statusCode() + ": " + response.body());
                }
                Thread.sleep(2); // steady, not saturating: replicas start beside the load
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                fail(e.toString());
            }
        }
    }

    private void fail(String reason) {
        failed.incrementAndGet();
        if (failures.size() < 20) {
            failures.add(reason);
        }
    }

    long answered() {
        return answered.get();
    }

    long failed() {
        return failed.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        for (Thread client : clients) {
            client.join(15_000);
        }
    }
}
