package app.yibao.atlas.http;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the GraphQL parameters of a request as the GraphQL-over-HTTP specification defines them: from the query
 * string of a GET (decoded exactly once, so {@code %} and {@code +} survive) or from an {@code application/json}
 * POST body.
 */
final class GraphQLRequestReader {

    /** Looked up once: {@code Json.createReader} and its kin look the provider up again on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private GraphQLRequestReader() {
    }

    static GraphQLRequest read(RoutingContext ctx) {
        return switch (ctx.request().method().name()) {
            case "GET" -> fromQueryString(ctx.request().query());
            case "POST" -> fromBody(ctx);
            default -> throw RequestRefused.http(405, "METHOD_NOT_ALLOWED",
                    "Use GET (queries only) or POST for GraphQL requests.");
        };
    }

    static GraphQLRequest fromQueryString(String queryString) {
        Map<String, String> parameters = new HashMap<>();
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.putIfAbsent(name, value);
            }
        }
        JsonObject extensions = jsonObjectParameter("extensions", emptyToNull(parameters.get("extensions")));
        return new GraphQLRequest("GET", requireQuery(emptyToNull(parameters.get("query")), extensions),
                emptyToNull(parameters.get("operationName")),
                jsonObjectParameter("variables", emptyToNull(parameters.get("variables"))), extensions);
    }

    private static GraphQLRequest fromBody(RoutingContext ctx) {
        requireJsonContentType(ctx.request().getHeader("Content-Type"));
        RequestBody body = ctx.body();
        if (body == null || body.length() <= 0) {
            throw RequestRefused.http(400, "BAD_REQUEST", "A POST needs a JSON body: {\"query\": \"...\"}.");
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(body.asString(StandardCharsets.UTF_8.name())))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw RequestRefused.http(400, "BAD_REQUEST",
                        "The body must be one JSON object: {\"query\": \"...\"}; batches are not accepted.");
            }
            json = value.asJsonObject();
        } catch (JsonException e) {
            throw RequestRefused.http(400, "BAD_REQUEST", "The body is not valid JSON.");
        } catch (RequestRefused e) {
            throw e;
        } catch (RuntimeException e) { // Parsson's limits (nesting deeper than 1,000) throw plain RuntimeExceptions
            throw RequestRefused.http(400, "BAD_REQUEST", "The body is not valid JSON, or nests deeper than 1,000 levels.");
        }
        JsonObject extensions = objectMember(json, "extensions");
        return new GraphQLRequest("POST", requireQuery(stringMember(json, "query"), extensions),
                stringMember(json, "operationName"), objectMember(json, "variables"), extensions);
    }

    private static void requireJsonContentType(String contentType) {
        if (contentType == null) {
            throw RequestRefused.http(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request with Content-Type: application/json.");
        }
        String[] parts = contentType.split(";");
        boolean json = parts[0].strip().equalsIgnoreCase("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=") && !parameter.replace("\"", "").equals("charset=utf-8")) {
                json = false;
            }
        }
        if (!json) {
            throw RequestRefused.http(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Content-Type " + contentType + " is not accepted; use application/json (UTF-8).");
        }
    }

    /** The query; null only when the request names a persisted query by its hash instead. */
    private static String requireQuery(String query, JsonObject extensions) {
        boolean persisted = extensions != null && extensions.containsKey("persistedQuery");
        if ((query == null || query.isBlank()) && !persisted) {
            throw RequestRefused.http(400, "BAD_REQUEST", "The request has no 'query' parameter.");
        }
        return query == null || query.isBlank() ? null : query;
    }

    private static String stringMember(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw RequestRefused.http(400, "BAD_REQUEST", "'" + name + "' must be a string.");
    }

    private static JsonObject objectMember(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        throw RequestRefused.http(400, "BAD_REQUEST", "'" + name + "' must be a JSON object.");
    }

    private static JsonObject jsonObjectParameter(String name, String text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                return value.asJsonObject();
            }
        } catch (RuntimeException e) { // JsonException, or one of Parsson's limits (nesting deeper than 1,000)
            // answered below
        }
        throw RequestRefused.http(400, "BAD_REQUEST", "'" + name + "' must be a URL-encoded JSON object.");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RequestRefused.http(400, "BAD_REQUEST", "The query string is not correctly URL-encoded.");
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
