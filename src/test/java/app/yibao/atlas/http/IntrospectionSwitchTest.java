package app.yibao.atlas.http;

import static app.yibao.atlas.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With atlas.graphql.introspection=false, __schema and __type are refused with a code (also inside fragments, and
 * GraphiQL shows the message), __typename and every other query still run, and the published SDL stays.
 */
@QuarkusTest
@TestProfile(IntrospectionSwitchTest.IntrospectionOff.class)
public class IntrospectionSwitchTest {

    public static class IntrospectionOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.introspection", "false");
        }
    }

    @Test
    void schemaAndTypeIntrospectionAreRefused() {
        for (String document : new String[] { "{ __schema { types { name } } }",
                "{ __type(name: \"Region\") { fields { name } } }",
                "query { ...Types } fragment Types on Query { __schema { queryType { name } } }" }) {
            query(document)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"))
                    .body("errors[0].message", containsString("/graphql/schema.graphql"));
        }
    }

    @Test
    void typenameAndOrdinaryQueriesStillRun() {
        query("{ __typename region(code: \"440300\") { __typename name } }")
                .body("errors", nullValue())
                .body("data.__typename", equalTo("Query"))
                .body("data.region.name", equalTo("深圳市"));
    }

    @Test
    void thePublishedSchemaStays() {
        given().when().get("/graphql/schema.graphql").then()
                .statusCode(200)
                .body(containsString("type Region"));
    }
}
