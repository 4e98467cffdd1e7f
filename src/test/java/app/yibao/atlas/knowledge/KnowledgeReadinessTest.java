package app.yibao.atlas.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KnowledgeReadinessTest {

    @Test
    void readyReportsTheLoadedSnapshot() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Knowledge snapshot' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Knowledge snapshot' }.data.regions", equalTo(2243))
                .body("checks.find { it.name == 'Knowledge snapshot' }.data.facts", greaterThan(100));
    }
}
