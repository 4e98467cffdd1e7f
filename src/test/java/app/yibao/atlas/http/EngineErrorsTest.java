package app.yibao.atlas.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Documents that graphql-java itself words the error for (from its message bundles, which the native image must
 * hold), and documents that make its parser or validator throw: each is the client's error, 400 with
 * application/graphql-response+json, never a 500.
 */
@QuarkusTest
public class EngineErrorsTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void aMisspeltEnumValueIsNamed() {
        invalid("{ regions(level: PREFCTURE) { totalCount } }", "PREFCTURE");
    }

    @Test
    void aBadScalarLiteralIsNamed() {
        invalid("{ regions(first: \"many\") { totalCount } }", "many");
        invalid("{ region(code: \"440300\") { withdrawalConditions(asOf: 20230601) { id } } }", "asOf");
    }

    @Test
    void aBadVariableValueIsNamed() {
        ask("query($first: Int) { regions(first: $first) { totalCount } }", Map.of("first", "many"))
                .statusCode(200) // SmallRye answers a variable it cannot coerce with data: null, not as a request error
                .body("data", nullValue())
                .body("errors[0].message", allOf(containsString("first"), containsString("many")))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void anUnknownFieldAndAnUnknownFragmentAreNamed() {
        invalid("{ regionz { code } }", "regionz");
        invalid("{ region(code: \"440300\") { ...Missing } }", "Missing");
    }

    @Test
    void aSyntaxErrorNamesTheOffendingTokenAndItsPlace() {
        ask("{ region(code: \"440300\") { name }", Map.of())
                .statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_SYNTAX"))
                .body("errors[0].message", allOf(containsString("<EOF>"), containsString("line 1")));
    }

    @Test
    void aDirectiveOnAnUndefinedVariableIsTheClientsError() {
        invalid("{ region(code: \"440300\") @include(if: $shown) { code } }", "shown");
        refused("subscription { region(code: \"440300\") @skip(if: $hidden) { code } }");
    }

    @Test
    void aSubscriptionWithAFragmentSpreadIsTheClientsError() {
        refused("subscription { ...F } fragment F on Query { sources { id } }");
    }

    private static void invalid(String document, String named) {
        ask(document, Map.of())
                .statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].message", containsString(named));
    }

    /** graphql-java throws on these: refused before execution with a stable code. */
    private static void refused(String document) {
        ask(document, Map.of())
                .statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_DOCUMENT"))
                .body("errors[0].message", containsString("could not be checked"));
    }

    private static ValidatableResponse ask(String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(body)
                .when().post("/graphql").then();
    }
}
