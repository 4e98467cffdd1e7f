package app.yibao.atlas.http;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Fuzzing, seeded so that a failure can be replayed: documents made by mutating valid ones, odd variables, and odd
 * HTTP framings (methods, media types, truncated or malformed bodies, broken query strings). Whatever a client
 * sends, no answer is a 5xx but the 503 of a timeout, every JSON answer parses, every error says something, and no
 * body shows a stack trace or a class name. Against the native executable (FuzzIT) this also shows that
 * graphql-java finds the message bundles it words errors from. Longer runs: -Datlas.fuzz.documents=100000
 * (and atlas.fuzz.variables, atlas.fuzz.framings, atlas.fuzz.seed).
 */
@QuarkusTest
public class FuzzTest {

    private static final int DOCUMENTS = Integer.getInteger("atlas.fuzz.documents", 3_600);
    private static final int ODD_VARIABLE_SETS = Integer.getInteger("atlas.fuzz.variables", 800);
    private static final int FRAMINGS = Integer.getInteger("atlas.fuzz.framings", 800);
    private static final long SEED = Long.getLong("atlas.fuzz.seed", 20261201L);

    // A stack frame, or a qualified class name (java.lang.NullPointerException, graphql.execution.…, io.smallrye.…)
    private static final Pattern LEAK = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\b(java|javax|jakarta|io|org|com|graphql|app)"
            + "\\.[a-z]\\w*(\\.[a-z]\\w*)*\\.[A-Z]\\w+|Exception\\b");

    private static final List<String> VALID = List.of(
            "{ region(name: \"深圳\") { code name withdrawalConditions { id kind title materials } } }",
            "query City($code: String, $asOf: Date) { region(code: $code) { ...Facts usageScenarios(category: PHARMACY,"
                    + " asOf: $asOf) { title balanceThreshold disputed } } } fragment Facts on Region { notices { id"
                    + " severity } contacts { phone } }",
            "query($level: RegionLevel, $first: Int, $after: String) { regions(level: $level, first: $first, after:"
                    + " $after) { totalCount edges { cursor node { code name parent { code } } } pageInfo {"
                    + " hasNextPage endCursor } } }",
            "query($t: String!) { search(text: $t, first: 3, kinds: [WITHDRAWAL_CONDITION]) { factId title score"
                    + " region { code } citations { quote } } }",
            "{ ask(question: \"深圳出国定居医保余额能取吗\") { topic intents region { code } withdrawalConditions { kind }"
                    + " disclaimer } }",
            "query($show: Boolean!) { sources { id title @include(if: $show) publishedOn @skip(if: $show) } }",
            "query($s: SituationInput!) { withdrawalEligibility(region: \"广州\", situation: $s) { verdict dependsOn"
                    + " conditions { id inheritedFrom { code } } } }",
            "{ a: region(code: \"440300\") { ... on Region { __typename code } } b: region(code: \"000000\") { name } }",
            "query Roots { ...Sources } fragment Sources on Query { sources { id } }",
            "{ ... on Query { region(code: \"440300\") @skip(if: $hidden) { code } } }");

    private static final Map<String, Object> VARIABLES = Map.of("code", "440300", "asOf", "2023-06-01",
            "level", "PROVINCE", "first", 3, "t", "死亡", "show", true, "s", Map.of("emigrating", true));

    private static final List<String> OPERATIONS = List.of("query", "mutation", "subscription");

    private static final List<String> TOKENS = List.of("{", "}", "(", ")", ":", "$", "$x", "@", "@include(if: $y)",
            "@skip(if: true)", "...", "... on Query", "...F", "fragment F on Region { code }", "subscription",
            "mutation", "query", "!", "[", "]", "\"", "\"\"\"", "PREFCTURE", "12", "1e999", "-0", "null", "true",
            "\"2023-13-45\"", "__typename", "__schema { types { name } }", "region", "regions", "code", ",", "#", "\\u",
            "=", "&", "\u0000", "深圳", "asOf:", "first: -1", "after: \"x\"", "on", "Region", "Query");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noMutatedDocumentIsAnsweredWithAServerError() throws IOException, InterruptedException {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String document = mutate(VALID.get(random.nextInt(VALID.size())), random);
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", VARIABLES));
            check("document #" + i + ": " + document, post("application/json", body.getBytes(StandardCharsets.UTF_8),
                    "application/graphql-response+json"), failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void noOddVariablesAreAnsweredWithAServerError() throws IOException, InterruptedException {
        Random random = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ODD_VARIABLE_SETS; i++) {
            String document = VALID.get(random.nextInt(VALID.size()));
            Map<String, Object> variables = new HashMap<>();
            for (String name : List.of("code", "asOf", "level", "first", "after", "t", "show", "s", "hidden", "x")) {
                if (random.nextInt(3) > 0) {
                    variables.put(name, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
                }
            }
            Map<String, Object> request = new HashMap<>();
            request.put("query", document);
            request.put("variables", random.nextInt(10) == 0 ? ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))
                    : variables);
            String body = JSON.writeValueAsString(request);
            check("variables #" + i + ": " + body, post("application/json", body.getBytes(StandardCharsets.UTF_8),
                    random.nextBoolean() ? "application/json" : "application/graphql-response+json"), failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void noOddHttpFramingIsAnsweredWithAServerError() throws IOException, InterruptedException {
        Random random = new Random(SEED + 2);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FRAMINGS; i++) {
            String document = mutate(VALID.get(random.nextInt(VALID.size())), random);
            byte[] json = JSON.writeValueAsBytes(Map.of("query", document));
            String accept = ACCEPTS.get(random.nextInt(ACCEPTS.size()));
            HttpResponse<String> response;
            String what;
            switch (random.nextInt(7)) {
                case 0 -> { // cut short
                    byte[] cut = Arrays.copyOf(json, random.nextInt(json.length));
                    what = "truncated: " + new String(cut, StandardCharsets.UTF_8);
                    response = post("application/json", cut, accept);
                }
                case 1 -> {
                    String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                    what = "content type " + type;
                    response = post(type, json, accept);
                }
                case 2 -> {
                    String body = ODD_BODIES.get(random.nextInt(ODD_BODIES.size()));
                    what = "body " + body.substring(0, Math.min(80, body.length()));
                    response = post("application/json", body.getBytes(StandardCharsets.UTF_8), accept);
                }
                case 3 -> { // bytes that are not UTF-8
                    byte[] broken = json.clone();
                    broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x7F));
                    what = "invalid UTF-8";
                    response = post("application/json", broken, accept);
                }
                case 4 -> {
                    String query = QUERY_STRINGS.get(random.nextInt(QUERY_STRINGS.size()))
                            .replace("DOC", URLEncoder.encode(document, StandardCharsets.UTF_8));
                    what = "GET ?" + query;
                    response = send(HttpRequest.newBuilder(URI.create(endpoint() + "?" + query)).GET(), accept);
                }
                case 5 -> {
                    String method = METHODS.get(random.nextInt(METHODS.size()));
                    what = "method " + method;
                    response = send(HttpRequest.newBuilder(URI.create(endpoint()))
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofByteArray(json)), accept);
                }
                default -> {
                    StringBuilder nested = new StringBuilder("{\"query\":\"{ __typename }\",\"variables\":");
                    int depth = 1 + random.nextInt(5_000);
                    nested.append("{\"x\":[".repeat(depth)).append("]}".repeat(depth)).append('}');
                    what = "variables nested " + depth + " deep";
                    response = post("application/json", nested.toString().getBytes(StandardCharsets.UTF_8), accept);
                }
            }
            check("framing #" + i + " (" + what + ")", response, failures);
        }
        assertEquals(List.of(), failures);
    }

    /** Inputs the fuzzing found wrong once, kept as they were found. */
    @Test
    void regressions() {
        // an Int variable the engine let through (1.5, 2^63) failed when the field ran: INTERNAL_ERROR, logged as a bug
        for (Object first : List.of(1.5, Long.MAX_VALUE)) {
            query("query($first: Int) { regions(first: $first) { totalCount } }", Map.of("first", first))
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].message", containsString("check the variables"));
        }
    }

    private static final List<Object> ODD_VALUES = Arrays.asList(null, "", "440300", "深圳", 0, -1, 1.5,
            1e308, Long.MAX_VALUE, true, "true", List.of(), List.of(1, "a", List.of()), Map.of(), Map.of("emigrating",
                    "yes"), Map.of("x", Map.of("y", List.of())), "2023-13-45", "PROVINCE", "province", "\u0000",
            "x".repeat(10_000), "{ __typename }", "$x", "null", "NaN");

    private static final List<String> ACCEPTS = List.of("application/graphql-response+json", "application/json",
            "*/*", "text/html", "application/xml", "application/graphql-response+json;q=0", "", "application/*");

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql",
            "application/json; charset=iso-8859-1", "application/json; charset=utf-8", "application/json;;",
            "text/json", "application/graphql-response+json");

    private static final List<String> ODD_BODIES = List.of("", "null", "[]", "[{\"query\":\"{ __typename }\"}]",
            "\"{ __typename }\"", "{\"query\":5}", "{\"query\":null}", "{\"query\":[\"{ __typename }\"]}",
            "{\"query\":\"{ __typename }\",\"variables\":\"not an object\"}",
            "{\"query\":\"{ __typename }\",\"operationName\":3}", "{\"query\":\"{ __typename }\",\"extensions\":[]}",
            "{\"query\":\"{ __typename }\",\"query\":\"{ sources { id } }\"}", "{\"query\":\"{ __typename }\"",
            "{\"query\":\"{ __typename }\"}}}", "{'query':'{ __typename }'}", "{\"query\":\"\\ud800\"}",
            "{\"query\":\"{ __typename }\",\"variables\":{\"x\":1e999999}}", "\u0000", "{\"query\":\"" + "{".repeat(3_000)
                    + "\"}");

    private static final List<String> QUERY_STRINGS = List.of("query=DOC", "query=DOC&variables=%7B",
            "query=DOC&variables=[]", "query=%E4%B8", "query=DOC&operationName=%00", "variables=%7B%7D",
            "query=DOC&query=DOC", "query=" + "a".repeat(20_000), "query=DOC&extensions=%7B%22x", "");

    private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "HEAD", "TRACE", "OPTIONS");

    private static String endpoint() {
        return RestAssured.baseURI + ":" + RestAssured.port + "/graphql";
    }

    // A plain HTTP client: thousands of requests through REST Assured would take minutes
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> post(String contentType, byte[] body, String accept)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return send(request, accept);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String accept) throws InterruptedException {
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        HttpRequest built = request.build();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // a kept-alive connection the server had closed after an earlier refusal: try once more, as clients do
            }
        }
        return null; // the connection ended twice without an answer
    }

    private static void check(String what, HttpResponse<String> response, List<String> failures) {
        if (response == null) {
            failures.add(what + " → no answer: the connection was closed");
            return;
        }
        String problem = problem(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
        if (problem != null) {
            failures.add(what + " → " + problem);
        }
    }

    /** What is wrong with an answer, or null. */
    private static String problem(int status, String body, String contentType) {
        if (status >= 500 && !(status == 503 && body.contains("EXECUTION_TIMEOUT"))) {
            return "HTTP " + status + " " + body;
        }
        // graphql-java's error classification of a failed field is named like a class, and is documented
        if (LEAK.matcher(body.replace("\"classification\":\"DataFetchingException\"", "")).find()) {
            return "a stack trace or class name: " + body;
        }
        if (body.isEmpty() || !contentType.contains("json")) {
            return null; // 304, HEAD, OPTIONS, or the HTTP server's own refusals (URI too long…)
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return "not JSON: " + body;
        }
        JsonNode errors = answer.path("errors");
        if (errors.isMissingNode()) {
            return answer.path("data").isObject() ? null : "neither data nor errors: " + body;
        }
        for (JsonNode error : errors) {
            String message = error.path("message").asText("");
            if (message.isBlank() || message.contains("Exception") || message.contains("Can't find bundle")) {
                return "error without a plain message: " + error;
            }
        }
        return null;
    }

    private static String mutate(String document, Random random) {
        StringBuilder mutated = new StringBuilder(document);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(mutated.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> mutated.insert(at, " " + TOKENS.get(random.nextInt(TOKENS.size())) + " ");
                case 1 -> mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(8)));
                case 2 -> {
                    int from = random.nextInt(mutated.length());
                    int to = Math.min(mutated.length(), from + 1 + random.nextInt(20));
                    mutated.insert(at, mutated.substring(from, to));
                }
                case 3 -> { // another operation type: the schema has no mutations or subscriptions
                    String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
                    String text = mutated.toString();
                    mutated.setLength(0);
                    mutated.append(text.startsWith("{") ? operation + " " + text
                            : text.replaceFirst("^(query|mutation|subscription)", operation));
                }
                default -> {
                    if (at < mutated.length()) {
                        mutated.setCharAt(at, "{}()[]:$@!\".,x1 ".charAt(random.nextInt(16)));
                    }
                }
            }
        }
        assertTrue(mutated.length() > 0);
        return mutated.toString();
    }
}
