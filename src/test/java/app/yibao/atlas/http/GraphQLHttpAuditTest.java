package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.yibao.atlas.NodeScript;
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
        NodeScript.Result audit = new NodeScript(AUDIT).run("audit.mjs", endpoint.toString());
        Map<String, Object> report = new ObjectMapper().readValue(audit.report(), Map.class);
        List<Map<String, Object>> notOk = ((List<Map<String, Object>>) report.get("results")).stream()
                .filter(result -> !"ok".equals(result.get("status"))).toList();
        assertEquals(0, report.get("error"), "audit failures: " + notOk);
        assertEquals(0, report.get("warn"), "audit warnings: " + notOk);
        assertTrue((Integer) report.get("ok") >= 60, "the audit ran its checks: " + report.get("ok"));
    }
}
