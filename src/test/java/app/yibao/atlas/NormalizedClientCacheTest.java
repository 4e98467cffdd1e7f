package app.yibao.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Apollo Client's normalized InMemoryCache against the running application (src/test/apollo-cache): 中国, then
 * 广州 (which inherits national facts), then both in one query; every fact read back from the cache must be the
 * view the server sent for that query, inheritedFrom included, and regions must be normalized by their id. Needs
 * Node.js; skipped with a loud reason without it, except on CI (CI=true), where it fails.
 */
@QuarkusTest
public class NormalizedClientCacheTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    @SuppressWarnings("unchecked")
    void everyViewReadBackFromApolloClientsCacheIsTheOneTheServerSent() throws Exception {
        NodeScript.Result check = new NodeScript(Path.of("src/test/apollo-cache"))
                .run("normalized-cache.mjs", endpoint.toString());
        Map<String, Object> report = new ObjectMapper().readValue(check.report(), Map.class);
        assertEquals(0, report.get("mismatchCount"), "views the cache mixed up: " + report.get("mismatches"));
        assertTrue((Integer) report.get("checked") >= 20, "facts checked: " + report.get("checked"));
        assertTrue((Integer) report.get("normalizedRegions") >= 2, "regions normalized by id: " + report);
    }
}
