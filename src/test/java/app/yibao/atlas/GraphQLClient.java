package app.yibao.atlas;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL requests to the running application over HTTP, as any client would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static ValidatableResponse query(String query) {
        return query(query, Map.of());
    }

    public static ValidatableResponse query(String query, Map<String, Object> variables) {
        return given()
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /**
     * Every page of {@code data.regions}, following {@code pageInfo.endCursor}: the query takes {@code $after: String}
     * and selects {@code regions(…, after: $after) { totalCount pageInfo { hasNextPage endCursor } … }}. Each page is
     * handed to {@code check} (e.g. to assert it has no errors) before it is read.
     */
    public static List<JsonPath> regionPages(String query, Map<String, Object> variables, Consumer<JsonPath> check) {
        List<JsonPath> pages = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> withCursor = new HashMap<>(variables);
            withCursor.put("after", after);
            JsonPath page = query(query, withCursor).extract().jsonPath();
            check.accept(page);
            pages.add(page);
            after = page.getBoolean("data.regions.pageInfo.hasNextPage")
                    ? page.getString("data.regions.pageInfo.endCursor") : null;
        } while (after != null);
        return pages;
    }
}
