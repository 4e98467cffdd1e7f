package app.yibao.atlas.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An operation that runs past the execution timeout is abandoned, and the client told so. */
@QuarkusTest
@TestProfile(ExecutionTimeoutTest.OneMillisecond.class)
class ExecutionTimeoutTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.timeout", "1ms");
        }
    }

    private static final String HUNDRED_CITIES = """
            { regions(level: PREFECTURE, first: 100) { edges { node { code name
                withdrawalConditions { kind materials citations { quote source { id title } } }
                usageScenarios { category citations { quote source { id title } } }
            } } } }""";

    @Test
    void aSlowOperationAnswersExecutionTimeout() {
        given().contentType("application/json").body(Map.of("query", HUNDRED_CITIES))
                .when().post("/graphql").then()
                .statusCode(503)
                .header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("EXECUTION_TIMEOUT"));
    }
}
