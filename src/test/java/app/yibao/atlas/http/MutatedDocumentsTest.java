package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Malformed documents, made by mutating valid ones (a fixed seed, so a failure can be replayed): whatever a client
 * sends, the answer is a GraphQL response, never a 500, and every error says something. Against the native
 * executable (MutatedDocumentsIT) this also shows that graphql-java finds the message bundles it words errors from.
 */
@QuarkusTest
public class MutatedDocumentsTest {

    private static final int DOCUMENTS = 1500;
    private static final long SEED = 20261201L;

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
        // A plain HTTP client: a thousand requests through REST Assured would take a minute
        HttpClient client = HttpClient.newHttpClient();
        URI endpoint = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String document = mutate(VALID.get(random.nextInt(VALID.size())), random);
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", VARIABLES));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String problem = problem(response.statusCode(), response.body());
            if (problem != null) {
                failures.add("#" + i + " " + problem + ": " + document);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** What is wrong with an answer, or null. */
    private static String problem(int status, String body) {
        if (status >= 500) {
            return "HTTP " + status + " " + body;
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
