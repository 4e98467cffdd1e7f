package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs graphql-http's server audit (the GraphQL-over-HTTP specification's test suite, pinned in
 * src/test/graphql-http-audit) against the running application: no failure and no warning allowed. Needs Node.js;
 * without it the test is skipped with a loud reason, except on CI (CI=true), where it fails.
 */
@QuarkusTest
class GraphQLHttpAuditTest {

    private static final Path AUDIT = Path.of("src/test/graphql-http-audit");

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    @SuppressWarnings("unchecked")
    void theServerPassesTheGraphQLOverHttpAudit() throws Exception {
        boolean node = run(List.of("node", "--version")).exit == 0;
        if (!node) {
            String reason = "Node.js is not on PATH: the GraphQL-over-HTTP audit did NOT run (see docs/operations.md)";
            assertTrue(!"true".equals(System.getenv("CI")), reason);
            System.err.println("SKIPPED: " + reason);
            assumeTrue(false, reason);
        }
        if (!Files.isDirectory(AUDIT.resolve("node_modules/graphql-http"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
            assertEquals(0, install.exit, "npm ci failed:\n" + install.output);
        }
        Result audit = run(List.of("node", "audit.mjs", endpoint.toString()));
        assertEquals(0, audit.exit, "the audit did not run:\n" + audit.output);

        String json = audit.output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        Map<String, Object> report = new ObjectMapper().readValue(json, Map.class);
        List<Map<String, Object>> notOk = ((List<Map<String, Object>>) report.get("results")).stream()
                .filter(result -> !"ok".equals(result.get("status"))).toList();
        assertEquals(0, report.get("error"), "audit failures: " + notOk);
        assertEquals(0, report.get("warn"), "audit warnings: " + notOk);
        assertTrue((Integer) report.get("ok") >= 60, "the audit ran its checks: " + report.get("ok"));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(AUDIT.toFile()).redirectErrorStream(true).start();
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
