package app.yibao.atlas.http;

import java.util.Locale;

/** The two media types a GraphQL-over-HTTP response may have, chosen from the request's Accept header. */
enum ResponseMediaType {

    /** The specification's own type: request errors (invalid document, limits) answer 400. */
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    /** The legacy type: every well-formed request answers 200, errors are in the body. */
    JSON("application/json");

    final String contentType;

    ResponseMediaType(String value) {
        this.contentType = value + "; charset=utf-8";
    }

    /** The status of a response whose document could not be executed (invalid, or over a limit). */
    int requestErrorStatus() {
        return this == GRAPHQL_RESPONSE_JSON ? 400 : 200;
    }

    /** The preferred acceptable type; no Accept header, or a wildcard, means application/json. */
    static ResponseMediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        ResponseMediaType best = null;
        double bestWeight = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            ResponseMediaType type = match(parts[0].strip().toLowerCase(Locale.ROOT));
            double weight = weight(parts);
            if (type != null && weight > bestWeight) {
                best = type;
                bestWeight = weight;
            }
        }
        if (best == null) {
            throw RequestRefused.http(406, "NOT_ACCEPTABLE",
                    "Accept application/graphql-response+json or application/json.");
        }
        return best;
    }

    private static ResponseMediaType match(String range) {
        return switch (range) {
            case "application/graphql-response+json" -> GRAPHQL_RESPONSE_JSON;
            case "application/json", "application/*", "*/*" -> JSON;
            default -> null;
        };
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
