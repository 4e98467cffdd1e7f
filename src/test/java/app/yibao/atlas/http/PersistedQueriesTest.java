package app.yibao.atlas.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.response.ValidatableResponse;

/**
 * Automatic persisted queries: a hash alone is refused with the protocol's PersistedQueryNotFound until the query
 * has been sent with it; then GET by hash alone answers, with an ETag. Hashes are checked against the text. Apollo
 * Client's persisted-queries link drives the whole exchange (src/test/apollo-cache; needs Node.js, required on CI).
 */
@QuarkusTest
public class PersistedQueriesTest {

    private static final String QUERY = "{ region(code: \"110000\") { code name } }";
    private static final String HASH = PersistedQueries.sha256(QUERY);

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void aHashIsNotFoundUntilItsQueryIsSentThenItAnswersByGetWithAnETag() {
        String unseen = PersistedQueries.sha256("{ sources { id publisher } }");
        post(Map.of("extensions", persisted(unseen)))
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        post(Map.of("query", QUERY, "extensions", persisted(HASH))).body("data.region.name", equalTo("北京市"));
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + HASH + "\"}}";
        String etag = given().queryParam("extensions", extensions).accept("application/json")
                .when().get("/graphql").then()
                .statusCode(200)
                .body("data.region.name", equalTo("北京市"))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        given().queryParam("extensions", extensions).accept("application/json").header("If-None-Match", etag)
                .when().get("/graphql").then()
                .statusCode(304);
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefused() {
        post(Map.of("query", QUERY, "extensions", persisted(PersistedQueries.sha256("{ sources { id } }"))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
    }

    @Test
    void aMalformedPersistedQueryIsRefused() {
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", HASH))))
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void apolloClientsPersistedQueriesLinkGetsItsAnswersByHash() throws Exception {
        NodeScript.Result run = new NodeScript(Path.of("src/test/apollo-cache"))
                .run("persisted-queries.mjs", endpoint.toString());
        Map<String, Object> report = new ObjectMapper().readValue(run.report(), Map.class);
        List<Map<String, Object>> requests = (List<Map<String, Object>>) report.get("requests");
        assertEquals(3, requests.size(), "hash, then query with hash, then hash: " + requests);
        assertEquals(List.of("PERSISTED_QUERY_NOT_FOUND"), requests.get(0).get("codes"), requests.toString());
        assertEquals(true, requests.get(0).get("hashOnly"));
        assertEquals(false, requests.get(1).get("hashOnly"));
        assertEquals("GET", requests.get(2).get("method"));
        assertEquals(true, requests.get(2).get("hashOnly"));
        assertEquals(200, requests.get(2).get("status"));
        assertTrue(requests.get(2).get("etag") != null, "a GET by hash is cacheable: " + requests.get(2));
        assertEquals(report.get("first"), report.get("second"));
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType("application/json").accept("application/json").body(body)
                .when().post("/graphql").then();
    }
}
