package app.yibao.atlas.http;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The parameters of a GraphQL-over-HTTP request, as read from a GET query string or a POST body. */
record GraphQLRequest(String method, String query, String operationName, JsonObject variables,
        JsonObject extensions) {

    boolean isGet() {
        return "GET".equals(method);
    }

    /** The input SmallRye GraphQL executes. */
    JsonObject toEngineInput() {
        JsonObjectBuilder input = GraphQLRequestReader.JSON.createObjectBuilder().add("query", query);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (variables != null) {
            input.add("variables", variables);
        }
        if (extensions != null) {
            input.add("extensions", extensions);
        }
        return input.build();
    }
}
