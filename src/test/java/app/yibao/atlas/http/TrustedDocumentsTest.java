package app.yibao.atlas.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Trusted documents (src/test/resources/trusted-documents: a JSON map as GraphQL Codegen writes it, and a .graphql
 * file): those documents run, by their text or their hash; anything else is refused, hashes not registered.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Trusted.class)
public class TrustedDocumentsTest {

    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.trusted-documents", "src/test/resources/trusted-documents");
        }
    }

    private static final String CITY = "query CityName($code: String!) { region(code: $code) { code name } }";

    @Test
    void aTrustedDocumentRunsByItsTextOrItsHash() {
        post(Map.of("query", CITY, "variables", Map.of("code", "440300")))
                .body("data.region.name", equalTo("深圳市"));
        post(Map.of("extensions", persisted(PersistedQueries.sha256(CITY)), "variables", Map.of("code", "110000")))
                .body("data.region.name", equalTo("北京市"));
        post(Map.of("extensions", persisted(PersistedQueries.sha256("query Sources { sources { id title } }\n"))))
                .body("errors", nullValue());
    }

    @Test
    void anyOtherDocumentIsRefused() {
        post(Map.of("query", "{ sources { id } }"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNTRUSTED_DOCUMENT"));
        String other = "{ region(code: \"440300\") { name } }";
        post(Map.of("query", other, "extensions", persisted(PersistedQueries.sha256(other))))
                .body("errors[0].extensions.code", equalTo("UNTRUSTED_DOCUMENT"));
        post(Map.of("extensions", persisted(PersistedQueries.sha256(other))))
                .body("errors[0].extensions.code", equalTo("UNTRUSTED_DOCUMENT"));
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType("application/json").accept("application/json").body(body)
                .when().post("/graphql").then();
    }
}
