package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.yibao.atlas.api.Cancellation;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.plan.ReadPlan;
import app.yibao.atlas.plan.ReadPlans;
import app.yibao.atlas.regions.Region;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The compiled read path against the engine, request by request: generated queries (see {@link QueryGenerator})
 * and every query in docs/ and in the tests. For each, the engine's answer is the reference; a plan must give the
 * same bytes when the engine's answer is complete, and must hand over (answer null) whenever the engine's answer
 * carries an error. A plan that hands over a complete answer is allowed only for what plans do not cover
 * (introspection), so that the test cannot pass by compiling nothing.
 */
@QuarkusTest
class CompiledPlansDifferentialTest {

    private static final int GENERATED = Integer.getInteger("atlas.differential.queries", 10_000);
    private static final long SEED = Long.getLong("atlas.differential.seed", 20261201L);

    @Inject
    ReadPlans plans;

    @Inject
    ExecutionService engine;

    @Inject
    GraphQLHttpConfig config;

    @Inject
    KnowledgeStore store;

    @Inject
    GraphQLSchema schema;

    @Inject
    Vertx vertx;

    /** Counts, by outcome, for the report and the coverage checks. */
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @Test
    void generatedQueriesAnswerTheSameOnBothPaths() throws Exception {
        List<Region> regions = store.current().regions();
        List<String> codes = regions.stream().map(Region::code).toList();
        List<String> names = new ArrayList<>(new LinkedHashSet<>(regions.stream()
                .flatMap(region -> Stream.of(region.name(), region.shortName())).toList()));
        QueryGenerator generator = new QueryGenerator(SEED, schema, codes, names);
        DocumentLimits limits = new DocumentLimits(config, () -> schema);
        for (int i = 0; i < GENERATED; i++) {
            QueryGenerator.Generated generated = generator.next();
            compare(limits, generated.query(), Json.createReader(new StringReader(generated.variables())).readObject());
        }
        System.out.println("Differential test, " + GENERATED + " generated queries (seed " + SEED + "): " + outcomes);
        int compiled = outcomes.getOrDefault("same answer", 0);
        assertTrue(compiled > GENERATED / 2, "most generated queries are answered completely: " + outcomes);
        assertEquals(0, outcomes.getOrDefault("complete, handed over", 0),
                "plans cover every complete answer but introspection: " + outcomes);
        assertTrue(outcomes.getOrDefault("error, handed over", 0) > GENERATED / 20,
                "the generator also sends queries that fail: " + outcomes);
    }

    @Test
    void everyQueryOfTheDocsAndTestsAnswersTheSame() throws Exception {
        DocumentLimits limits = new DocumentLimits(config, () -> schema);
        Set<String> queries = new LinkedHashSet<>();
        for (Path file : files(Path.of("docs"), ".md")) {
            collect(Files.readString(file), Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL), queries);
        }
        for (Path file : files(Path.of("deploy/bench/queries"), ".graphql")) {
            if (!file.getFileName().toString().startsWith("postgraphile")) {
                queries.add(Files.readString(file));
            }
        }
        for (Path file : files(Path.of("src/test/java"), ".java")) {
            collect(Files.readString(file), Pattern.compile("\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL), queries);
            collect(Files.readString(file), Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\""), queries);
        }
        List<String> uncovered = new ArrayList<>();
        for (String query : queries) {
            String text = query.replace("\\\"", "\"");
            String outcome = compare(limits, text, sampleVariables(text));
            if (outcome.equals("complete, handed over")) {
                uncovered.add(query);
            }
        }
        System.out.println("Differential test, " + queries.size() + " queries of docs/ and the tests: " + outcomes);
        assertTrue(outcomes.getOrDefault("same answer", 0) > 30, "the docs and tests hold many queries: " + outcomes);
        assertEquals(List.of(), uncovered, "every complete answer but introspection comes from a plan");
    }

    /** Values for the variables a query of the docs declares, as its prose would give them. */
    private static JsonObject sampleVariables(String query) {
        var variables = Json.createObjectBuilder();
        Matcher declared = Pattern.compile("\\$(\\w+)\\s*:\\s*(\\w+)").matcher(query);
        while (declared.find()) {
            String name = declared.group(1);
            switch (declared.group(2)) {
                case "SituationInput" -> variables.add(name, Json.createObjectBuilder().add("emigrating", true));
                case "Date" -> variables.add(name, "2024-01-01");
                case "Int" -> variables.add(name, 5);
                case "Boolean" -> variables.add(name, true);
                default -> variables.add(name, name.toLowerCase().contains("code") ? "440300"
                        : name.startsWith("q") ? "深圳医保余额怎么查?" : "深圳");
            }
        }
        return variables.build();
    }

    private static void collect(String text, Pattern pattern, Set<String> queries) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String candidate = matcher.group(1).strip();
            if (candidate.startsWith("{ ") || candidate.startsWith("{\n") || candidate.startsWith("query ")
                    || candidate.startsWith("query(")) {
                queries.add(candidate);
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Runs one request through both paths and checks the plan against the engine; returns the outcome. */
    private String compare(DocumentLimits limits, String query, JsonObject variables) throws Exception {
        GraphQLRequest request = new GraphQLRequest("POST", query, null, variables.isEmpty() ? null : variables, null);
        DocumentLimits.Operation operation;
        try {
            operation = limits.check(request);
        } catch (RequestRefused refused) {
            return count("refused before the engine");
        }
        ReadPlan plan = operation.validDocument() == null ? null
                : plans.plan(query, operation.validDocument(), null);
        byte[] answer = plan == null ? null : plan.answer(request.variables(), new Cancellation());
        String planned = answer == null ? null : new String(answer, StandardCharsets.UTF_8);
        ExecutionResponse response = engine(request);
        boolean complete = response.getExecutionResult().isDataPresent()
                && response.getExecutionResult().getErrors().isEmpty();
        if (!complete) {
            if (planned != null) {
                fail("The plan answered where the engine gives an error.\nquery: " + query + "\nvariables: "
                        + variables + "\nengine: " + response.getExecutionResultAsString() + "\nplan:   " + planned);
            }
            return count(response.getExecutionResult().isDataPresent() ? "error, handed over" : "invalid", query,
                    response.getExecutionResultAsString());
        }
        if (planned == null) {
            boolean introspection = query.contains("__schema") || query.contains("__type(");
            return count(introspection ? "introspection, handed over" : "complete, handed over", query, variables);
        }
        String expected = response.getExecutionResultAsString();
        if (!expected.equals(planned)) {
            fail("The plan's answer differs from the engine's.\nquery: " + query + "\nvariables: " + variables
                    + "\nengine: " + expected + "\nplan:   " + planned);
        }
        return count("same answer");
    }

    private String count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        return outcome;
    }

    private String count(String outcome, String query, Object detail) {
        if (Boolean.getBoolean("atlas.differential.verbose") && outcomes.getOrDefault(outcome, 0) < 8) {
            System.out.println("[" + outcome + "] " + query + "\n    " + detail);
        }
        return count(outcome);
    }

    /** The engine's answer, run as the HTTP route runs it: on a worker, in a request context. */
    private ExecutionResponse engine(GraphQLRequest request) throws Exception {
        CompletableFuture<ExecutionResponse> result = new CompletableFuture<>();
        vertx.executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                GraphQLExecutor.runInPlace(engine, request, Map.of(), requestContext.getState(), result::complete,
                        result::completeExceptionally);
            } finally {
                requestContext.terminate();
            }
            return null;
        }, false);
        return result.get(60, TimeUnit.SECONDS);
    }
}
