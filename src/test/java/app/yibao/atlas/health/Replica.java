package app.yibao.atlas.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One more replica of the packaged application (the jar, or the native executable when that is what was built),
 * started as its own process with its own port, and stopped as Kubernetes stops a pod: SIGTERM, then a grace period.
 */
final class Replica {

    private static final Path TARGET = Path.of("target");

    final int port;
    private final Process process;

    private Replica(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts the packaged application on the port, with the settings given (environment variables). */
    static Replica start(int port, String name, String... settings) throws IOException {
        List<String> command = new ArrayList<>();
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path executable = TARGET.resolve(artifact.getProperty("path")).toAbsolutePath();
        if ("jar".equals(artifact.getProperty("type"))) {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-jar", executable.toString()));
        } else {
            command.add(executable.toString());
        }
        Path log = TARGET.resolve("rolling-restart").resolve(name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        for (int i = 0; i + 1 < settings.length; i += 2) {
            builder.environment().put(settings[i], settings[i + 1]);
        }
        return new Replica(port, builder.start());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the readiness probe answers UP, or fails after the time given. */
    Replica awaitReady(Duration within) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("replica on port " + port + " exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("replica on port " + port + " not ready within " + within);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; true if it did within the time given. */
    boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    void kill() {
        process.destroyForcibly();
    }
}
