package app.yibao.atlas.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP load balancer in front of several replicas, as a Kubernetes Service is: new connections go round-robin to
 * the replicas whose readiness probe (polled every 100 ms) last answered UP; connections already open stay where
 * they are. It notes, per replica, whether the probe ever saw it DOWN (HTTP 503) while it was still answering.
 */
final class ReadinessBalancer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> ports;
    private final Map<Integer, Boolean> ready = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> seenDown = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> connections = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private volatile boolean closed;

    ReadinessBalancer(List<Integer> ports) throws IOException {
        this.ports = List.copyOf(ports);
        ports.forEach(port -> {
            ready.put(port, false);
            seenDown.put(port, false);
            connections.put(port, new AtomicLong());
        });
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        daemon("balancer-probe", this::probeLoop);
        daemon("balancer-accept", this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    boolean isReady(int port) {
        return ready.get(port);
    }

    /** Whether the replica's readiness probe answered DOWN at least once (rather than not answering at all). */
    boolean wasSeenDown(int port) {
        return seenDown.get(port);
    }

    long connectionsTo(int port) {
        return connections.get(port).get();
    }

    private void probeLoop() {
        while (!closed) {
            for (int port : ports) {
                ready.put(port, probe(port));
            }
            sleep(100);
        }
    }

    private boolean probe(int port) {
        try {
            HttpResponse<Void> response = probe.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 503) {
                seenDown.put(port, true);
            }
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Integer port = pick();
                if (port == null) {
                    TcpProxy.closeQuietly(client); // no replica in service
                    continue;
                }
                Socket replica = new Socket(InetAddress.getLoopbackAddress(), port);
                connections.get(port).incrementAndGet();
                TcpProxy.splice(client, replica, () -> { });
                TcpProxy.splice(replica, client, () -> { });
            } catch (IOException e) {
                // balancer closed, or the replica refused: the client sees its connection closed
            }
        }
    }

    private Integer pick() {
        for (int tries = 0; tries < ports.size(); tries++) {
            int port = ports.get(Math.floorMod(next.getAndIncrement(), ports.size()));
            if (ready.get(port)) {
                return port;
            }
        }
        return null;
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
