package app.yibao.atlas.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The endpoint as the GraphQL-over-HTTP specification describes it, and its HTTP caching. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String SHENZHEN = "{ region(code: \"440300\") { name } }";

    @Test
    void getRunsTheNamedOperationOfSeveral() {
        given().queryParam("query", "query A { region(code: \"440300\") { name } } query B { sources { id } }")
                .queryParam("operationName", "A")
                .when().get("/graphql").then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("errors", nullValue())
                .body("data.region.name", equalTo("深圳市"));
    }

    @Test
    void getDecodesTheQueryStringOnce() {
        given().queryParam("query", "{ region(name: \"100%+ 2B\") { name } }")
                .when().get("/graphql").then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"))
                .body("errors[0].message", containsString("\"100%+ 2B\""));
    }

    @Test
    void getTakesVariablesAsJson() {
        given().queryParam("query", "query Region($code: String) { region(code: $code) { name } }")
                .queryParam("variables", "{\"code\":\"110000\"}")
                .when().get("/graphql").then()
                .statusCode(200)
                .body("data.region.name", equalTo("北京市"));
    }

    @Test
    void theResponseMediaTypeFollowsAccept() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", SHENZHEN)
                .when().get("/graphql").then()
                .statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
        given().header("Accept", "text/html").queryParam("query", SHENZHEN)
                .when().get("/graphql").then()
                .statusCode(406).body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void anInvalidDocumentIs400ForGraphQLResponseAnd200ForJson() {
        String invalid = "{ region(code: \"440300\") { nme } }";
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(Map.of("query", invalid))
                .when().post("/graphql").then()
                .statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        given().accept("application/json").contentType("application/json").body(Map.of("query", invalid))
                .when().post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void wrongContentTypesMethodsAndBodiesAreRefused() {
        given().contentType("text/plain").body(SHENZHEN).when().post("/graphql").then()
                .statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/json").body("{\"query\": ").when().post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/json").body("[{\"query\": \"{ sources { id } }\"}]").when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("batches"));
        given().contentType("application/json").body(Map.of("query", SHENZHEN, "variables", "x"))
                .when().post("/graphql").then()
                .statusCode(400).body("errors[0].message", containsString("'variables' must be a JSON object"));
        given().contentType("application/json").body(SHENZHEN).when().put("/graphql").then()
                .statusCode(405).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void mutationsAreNeverRunOverGet() {
        given().queryParam("query", "mutation { anything }").when().get("/graphql").then()
                .statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void getAnswersCarryAnETagAndAMatchingRequestGets304() {
        String etag = given().queryParam("query", SHENZHEN).when().get("/graphql").then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .header("ETag", startsWith("W/\""))
                .extract().header("ETag");

        given().queryParam("query", SHENZHEN).header("If-None-Match", etag).when().get("/graphql").then()
                .statusCode(304).header("ETag", equalTo(etag)).body(emptyString());

        String other = given().queryParam("query", "{ region(code: \"110000\") { name } }").when().get("/graphql")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, other, "another query has another ETag");
    }

    @Test
    void answersWithErrorsAndPostsAreNotCached() {
        given().queryParam("query", "{ region(code: \"999999\") { name } }").when().get("/graphql").then()
                .statusCode(200).header("ETag", nullValue()).header("Cache-Control", "no-store");
        given().contentType("application/json").body(Map.of("query", SHENZHEN)).when().post("/graphql").then()
                .statusCode(200).header("ETag", nullValue());
    }

    @Test
    void browsersFromOtherOriginsMayCallIt() {
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://app.example").queryParam("query", SHENZHEN).when().get("/graphql").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void errorsNeverShowInternals() {
        given().contentType("application/json").body(Map.of("query", "{ region(code: \"440300\") { nme } }"))
                .when().post("/graphql").then()
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("Did you mean")));
    }
}
