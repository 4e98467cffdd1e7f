package app.yibao.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Node.js script of the test suite (a folder under src/test with its package.json and lock file), run against
 * the application. It runs from a copy under target/node-scripts, where its npm packages are installed from the
 * lock file on first use (and again when the lock file changes), so that no third-party code lands in the source
 * tree and {@code mvn clean} removes it. Without Node.js the calling
 * test is skipped with a loud reason, except on CI (CI=true), where it fails. Environment variables given to the
 * constructor are set for npm and for the script.
 */
public final class NodeScript {

    /** What a script printed, and how it ended. */
    public record Result(int exit, String output) {

        /** The last line that is a JSON object: the scripts print their report as one. */
        public String report() {
            return output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no JSON report in:\n" + output));
        }
    }

    private static final Path WORK = Path.of("target", "node-scripts");
    private static final String LOCK_FILE = "package-lock.json";

    private final Path source;
    private final Path folder;
    private final Map<String, String> environment;

    public NodeScript(Path source) {
        this(source, Map.of());
    }

    public NodeScript(Path source, Map<String, String> environment) {
        this.source = source;
        this.folder = WORK.resolve(source.getFileName());
        this.environment = Map.copyOf(environment);
    }

    /** Runs the script with its arguments, after skipping (or failing on CI) where Node.js is missing. */
    public Result run(String script, String... arguments) throws IOException, InterruptedException {
        Files.createDirectories(folder); // the commands run in it
        if (command(List.of("node", "--version")).exit() != 0) {
            String reason = "Node.js is not on PATH: " + source + "/" + script
                    + " did NOT run (see docs/operations.md)";
            assertTrue(!"true".equals(System.getenv("CI")), reason);
            System.err.println("SKIPPED: " + reason);
            assumeTrue(false, reason);
        }
        boolean lockChanged = copySource();
        if (lockChanged || !Files.isDirectory(folder.resolve("node_modules"))) {
            Result install = command(List.of("npm", "ci", "--no-audit", "--no-fund"));
            assertEquals(0, install.exit(), "npm ci failed:\n" + install.output());
        }
        Result result = command(Stream.concat(Stream.of("node", script), Stream.of(arguments)).toList());
        assertEquals(0, result.exit(), source + "/" + script + " did not run:\n" + result.output());
        return result;
    }

    /** Copies the script folder's files (not its sub-folders) to the work folder; true if the lock file changed. */
    private boolean copySource() throws IOException {
        byte[] installedLock = Files.exists(folder.resolve(LOCK_FILE)) ? Files.readAllBytes(folder.resolve(LOCK_FILE))
                : new byte[0];
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return !Arrays.equals(installedLock, Files.readAllBytes(folder.resolve(LOCK_FILE)));
    }

    private Result command(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "timed out:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
