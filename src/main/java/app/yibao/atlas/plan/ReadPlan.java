package app.yibao.atlas.plan;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import app.yibao.atlas.api.Cancellation;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNonNull;
import jakarta.json.JsonObject;

/**
 * One query operation of a validated document, compiled: it coerces the request's variables, picks (or compiles
 * once) the writers for the values its {@code @skip}/{@code @include} variables take, and writes the answer's JSON
 * from the snapshot. It answers null whenever the engine must answer instead (see {@link EngineAnswers}).
 */
public final class ReadPlan {

    /** A variable the operation declares, with its type and its default when it has one. */
    record Variable(String name, GraphQLInputType type, boolean hasDefault, Object defaultValue) {
    }

    // Writers kept per combination of @skip/@include values; past this, a combination is compiled for its request.
    private static final int MAX_WRITERS = 32;

    private static final byte[] DATA = "{\"data\":".getBytes(StandardCharsets.US_ASCII);

    private final List<Variable> variables;
    private final List<String> conditionVariables;
    private final Function<Map<String, Boolean>, SelectionWriter> compiler;
    private final Map<Integer, SelectionWriter> writers = new ConcurrentHashMap<>();
    private final boolean heavy;
    private final Supplier<EncodedTexts> texts;
    private volatile int lastSize = 1024; // the next answer's buffer starts at the size of the last one

    ReadPlan(List<Variable> variables, List<String> conditionVariables,
            Function<Map<String, Boolean>, SelectionWriter> compiler, boolean heavy, Supplier<EncodedTexts> texts) {
        this.variables = variables;
        this.conditionVariables = conditionVariables;
        this.compiler = compiler;
        this.heavy = heavy;
        this.texts = texts;
    }

    /** False for a look-up (region, sources), which may run on the event loop; true for the rest (see ReadPlans). */
    public boolean heavy() {
        return heavy;
    }

    /** The answer, {"data":…} in UTF-8, or null when the engine must give it (or the request was abandoned). */
    public byte[] answer(JsonObject requestVariables, Cancellation cancellation) {
        try {
            PlanRun run = new PlanRun(coerce(requestVariables), texts.get(), cancellation);
            SelectionWriter writer = writer(run);
            JsonOutput out = new JsonOutput(lastSize).raw(DATA);
            writer.write(null, run, out);
            byte[] answer = out.raw('}').toByteArray();
            lastSize = Math.max(64, answer.length + 16);
            return answer;
        } catch (Exception e) {
            // EngineAnswers, or a resolver's error (a bad argument, a region not found): the engine words it
            return null;
        }
    }

    private Map<String, Object> coerce(JsonObject given) {
        if (variables.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> values = new HashMap<>();
        for (Variable variable : variables) {
            if (given != null && given.containsKey(variable.name())) {
                values.put(variable.name(), InputValues.fromJson(given.get(variable.name()), variable.type()));
            } else if (variable.hasDefault()) {
                values.put(variable.name(), variable.defaultValue());
            } else if (variable.type() instanceof GraphQLNonNull) {
                throw EngineAnswers.INSTANCE; // a required variable is missing
            }
        }
        return values;
    }

    private SelectionWriter writer(PlanRun run) {
        int key = 0;
        Map<String, Boolean> conditions = new HashMap<>();
        for (int i = 0; i < conditionVariables.size(); i++) {
            String name = conditionVariables.get(i);
            if (!(run.variable(name) instanceof Boolean value)) {
                throw EngineAnswers.INSTANCE;
            }
            conditions.put(name, value);
            key |= value ? 1 << i : 0;
        }
        SelectionWriter writer = writers.get(key);
        if (writer == null) {
            writer = compiler.apply(conditions);
            if (writers.size() < MAX_WRITERS) {
                writers.put(key, writer);
            }
        }
        return writer;
    }

    static ReadPlan compileEagerly(ReadPlan plan) {
        if (plan.conditionVariables.isEmpty()) {
            plan.writers.put(0, plan.compiler.apply(Map.of()));
        }
        return plan;
    }
}
