package app.yibao.atlas.http;

import static app.yibao.atlas.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;

/** Each attack is refused before execution with a stable code; what real clients send passes. */
@QuarkusTest
class AbuseLimitsTest {

    @Test
    void aliasOverloadingIsRefused() {
        String aliases = IntStream.range(0, 200).mapToObj(i -> "a" + i + ": sources { id }")
                .collect(Collectors.joining(" "));
        refused("{ " + aliases + " }", "TOO_MANY_ALIASES");
    }

    @Test
    void aFieldRepeatedUnderOneParentIsRefused() {
        refused("{ sources { id " + "title ".repeat(50) + "} }", "FIELD_REPEATED");
    }

    @Test
    void deepNestingIsRefused() {
        refused(nestedParents(16), "QUERY_TOO_DEEP");
    }

    @Test
    void nestingUpToTheLimitIsAnswered() {
        query(nestedParents(15)).body("errors", nullValue()).body("data.region.name", equalTo("库车市"));
    }

    @Test
    void fragmentsThatMultiplyFieldsAreRefused() {
        StringBuilder document = new StringBuilder("{ region(code: \"440300\") { ...F7 } }\n")
                .append("fragment F0 on Region { code name }\n");
        for (int i = 1; i <= 7; i++) {
            document.append("fragment F").append(i).append(" on Region { ...F").append(i - 1)
                    .append(" parent { ...F").append(i - 1).append(" } }\n");
        }
        refused(document.toString(), "QUERY_TOO_COMPLEX");
    }

    @Test
    void tooManyTokensAreRefused() {
        String fields = IntStream.range(0, 2000).mapToObj(i -> "t" + i + ": __typename").collect(Collectors.joining(" "));
        refused("{ " + fields + " }", "TOO_MANY_TOKENS");
    }

    @Test
    void tooManyOperationsAreRefused() {
        String operations = IntStream.range(0, 6).mapToObj(i -> "query Q" + i + " { __typename }")
                .collect(Collectors.joining("\n"));
        refused(operations, "TOO_MANY_OPERATIONS");
    }

    @Test
    void anOversizedBodyIsRefused() {
        given().contentType("application/json")
                .body(Map.of("query", "{ __typename }", "variables", Map.of("padding", "x".repeat(70_000))))
                .when().post("/graphql").then()
                .statusCode(413)
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }

    @Test
    void theIntrospectionQueryOfGraphiQLPasses() {
        query(IntrospectionQuery.INTROSPECTION_QUERY)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void refusalsAre400WhenTheClientAcceptsGraphQLResponses() {
        given().accept("application/graphql-response+json").contentType("application/json")
                .body(Map.of("query", nestedParents(16)))
                .when().post("/graphql").then()
                .statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    /** A query nesting {@code depth} levels of fields: region, parents, then name. */
    @Test
    void directiveOverloadingIsRefusedOnceBeforeValidation() {
        // graphql-cop's document: validated directive by directive, it gave ten errors
        query("query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_DIRECTIVE"))
                .body("errors[0].message", containsString("@aa"));
    }

    @Test
    void aRepeatedDirectiveIsRefused() {
        refused("{ __typename @skip(if: false) @skip(if: false) }", "DIRECTIVE_REPEATED");
    }

    @Test
    void tooManyDirectivesAreRefused() {
        refused("{ " + "... @include(if: true) { __typename } ".repeat(51) + "}", "TOO_MANY_DIRECTIVES");
    }

    @Test
    void directivesWithinTheLimitAreAnswered() {
        query("{ sources @include(if: true) { id @skip(if: false) } }")
                .body("errors", nullValue())
                .body("data.sources", not(empty()));
    }

    private static String nestedParents(int depth) {
        int parents = depth - 2;
        return "{ region(code: \"652902\") { " + "parent { ".repeat(parents) + "name" + " }".repeat(parents)
                + " name } }";
    }

    private static void refused(String document, String code) {
        query(document)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", notNullValue());
    }
}
