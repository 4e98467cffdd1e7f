package app.yibao.atlas.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An operation that runs past the execution timeout is abandoned, the client told so, and the work stops: the plan
 * (or, in {@link EngineTimeoutTest}, the engine's field fetchers) sees the abandonment at its next object and ends,
 * which graphql_abandoned_total counts, rather than running on for nobody.
 */
@QuarkusTest
@TestProfile(ExecutionTimeoutTest.OneMillisecond.class)
class ExecutionTimeoutTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.timeout", "1ms");
        }
    }

    static final String HUNDRED_CITIES = """
            { regions(level: PREFECTURE, first: 100) { edges { node { code name
                withdrawalConditions { kind materials citations { quote source { id title } } }
                usageScenarios { category citations { quote source { id title } } }
            } } } }""";

    /**
     * The timer and the work race: now and then the work is done before the timer fires, and then there is nothing
     * left to stop (the client still gets its 503). So the request is sent a few times, and the test asks that an
     * abandoned operation stops while it still has work left, which it does unless it always finished first.
     */
    @Test
    void aSlowOperationAnswersExecutionTimeoutAndStops() throws InterruptedException {
        double before = abandoned();
        for (int attempt = 0; attempt < 5 && abandoned() <= before; attempt++) {
            given().contentType("application/json").body(Map.of("query", HUNDRED_CITIES))
                    .when().post("/graphql").then()
                    .statusCode(503)
                    .header("Cache-Control", "no-store")
                    .body("errors[0].extensions.code", equalTo("EXECUTION_TIMEOUT"));
            long waitUntil = System.currentTimeMillis() + 2_000;
            while (abandoned() <= before && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(50);
            }
        }
        assertTrue(abandoned() > before, "the abandoned work stopped and was counted");
    }

    static double abandoned() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher count = Pattern.compile("(?m)^graphql_abandoned_total(?:\\{[^}]*})? ([0-9.eE+]+)$").matcher(metrics);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }
}
