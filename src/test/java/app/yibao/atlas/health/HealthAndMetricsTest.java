package app.yibao.atlas.health;

import static app.yibao.atlas.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void livenessAndReadinessReportProcessDatabaseAndSnapshot() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'Database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database' }.data.reachable", equalTo(true))
                .body("checks.find { it.name == 'Knowledge snapshot' }.status", equalTo("UP"));
        given().when().get("/q/health/group/database").then()
                .statusCode(200).body("checks[0].name", equalTo("Database connection"));
    }

    @Test
    void requestsAreCountedAndTimedPerOperationName() {
        query("query MetricsProbe { region(code: \"440300\") { name } }").body("data.region.name", equalTo("深圳市"));
        query("query MetricsProbeMissing { region(code: \"999999\") { name } }");

        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("graphql_requests_seconds_count{operation=\"MetricsProbe\",outcome=\"ok\"}"))
                .body(containsString(
                        "graphql_requests_seconds_count{operation=\"MetricsProbeMissing\",outcome=\"graphql_errors\"}"))
                .body(containsString("graphql_requests_seconds_sum{operation=\"MetricsProbe\""));
    }

    @Test
    void aDocumentThatDoesNotParseIsCountedAsInvalid() {
        given().contentType("application/json")
                .body(java.util.Map.of("query", "query SyntaxProbe { region(", "operationName", "SyntaxProbe"))
                .when().post("/graphql").then().statusCode(200);
        given().when().get("/q/metrics").then()
                .body(containsString("graphql_requests_seconds_count{operation=\"SyntaxProbe\",outcome=\"invalid\"}"));
    }

    @Test
    void metricsNeverCarryQueryTextOrVariables() {
        query("query Secretive($name: String) { region(name: $name) { name } }",
                java.util.Map.of("name", "my-private-question"));
        given().when().get("/q/metrics").then().body(not(containsString("my-private-question")));
    }
}
