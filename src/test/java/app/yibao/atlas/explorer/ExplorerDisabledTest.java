package app.yibao.atlas.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With atlas.explorer.enabled=false the page and its files are 404; the API answers as before. */
@QuarkusTest
@TestProfile(ExplorerDisabledTest.ExplorerOff.class)
public class ExplorerDisabledTest {

    public static class ExplorerOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.explorer.enabled", "false");
        }
    }

    @Test
    void thePageIsNotServed() {
        for (String path : new String[] { "/", "/index.html", "/explorer/main.js", "/explorer/explorer.css" }) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void theApiStillAnswers() {
        given().queryParam("query", "{ region(name: \"深圳\") { code } }")
                .when().get("/graphql").then()
                .statusCode(200)
                .body("data.region.code", equalTo("440300"));
    }
}
