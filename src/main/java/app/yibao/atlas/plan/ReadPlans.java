package app.yibao.atlas.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.yibao.atlas.knowledge.KnowledgeStore;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Compiled plans for the query operations clients send, by document text and operation name: compiled once, run
 * for every request that sends the same text (graphql-jit's idea: a plan is data, built once, run many times).
 * Only documents that validated without errors come here; the engine keeps everything else.
 */
@ApplicationScoped
public class ReadPlans {

    private static final Logger LOG = Logger.getLogger(ReadPlans.class);

    // Most @skip/@include variables one operation may read and still be compiled (writers per combination seen).
    private static final int MAX_CONDITION_VARIABLES = 16;
    // Root fields that are bounded look-ups (one region's slices, the source list, a page of regions without their
    // slices): their plans run on the event loop. The others rank or reason, or read the slices of up to 500 regions,
    // and run on a worker under the execution timeout.
    private static final Set<String> LOOK_UPS = Set.of("region", "sources", "__typename");
    private static final Set<String> REGION_SLICES = Set.of("withdrawalConditions", "withdrawalProcedure",
            "usageScenarios", "queryChannels", "contacts", "notices", "accountFacts");
    private static final ReadPlan NOT_COVERED = new ReadPlan(List.of(), List.of(), conditions -> null, false, null);

    @Inject
    Resolvers resolvers;

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    KnowledgeStore store;

    private final Cache<String, ReadPlan> plans = Caffeine.newBuilder().maximumSize(1_000)
            .executor(Runnable::run).build();

    /** The plan for an operation of a valid document, or null when the engine must run it. */
    public ReadPlan plan(String text, Document document, String operationName) {
        String key = operationName == null ? text : operationName + '\u0000' + text;
        ReadPlan plan = plans.get(key, ignored -> compile(document, operationName));
        return plan == NOT_COVERED ? null : plan;
    }

    private ReadPlan compile(Document document, String operationName) {
        OperationDefinition operation = operation(document, operationName);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return NOT_COVERED;
        }
        try {
            GraphQLSchema graphQLSchema = schema.get();
            Map<String, FragmentDefinition> fragments = new HashMap<>();
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
            List<ReadPlan.Variable> variables = new ArrayList<>();
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                GraphQLInputType type = inputType(graphQLSchema, definition.getType());
                boolean hasDefault = definition.getDefaultValue() != null;
                variables.add(new ReadPlan.Variable(definition.getName(), type, hasDefault,
                        hasDefault ? InputValues.fromLiteral(definition.getDefaultValue(), type) : null));
            }
            List<String> conditionVariables = new ArrayList<>(conditionVariables(document));
            if (conditionVariables.size() > MAX_CONDITION_VARIABLES) {
                return NOT_COVERED;
            }
            boolean slices = fieldNames(document).stream().anyMatch(REGION_SLICES::contains);
            boolean heavy = operation.getSelectionSet().getSelections().stream()
                    .anyMatch(selection -> !(selection instanceof Field field) || !(LOOK_UPS.contains(field.getName())
                            || field.getName().equals("regions") && !slices));
            return ReadPlan.compileEagerly(new ReadPlan(variables, conditionVariables,
                    conditions -> new PlanCompiler(graphQLSchema, resolvers, fragments, conditions)
                            .root(operation.getSelectionSet()),
                    heavy, () -> store.current().derived(EncodedTexts.class, snapshot -> new EncodedTexts())));
        } catch (EngineAnswers e) {
            return NOT_COVERED;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not compile operation %s; the engine runs it", operationName);
            return NOT_COVERED;
        }
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
    }

    private static GraphQLInputType inputType(GraphQLSchema schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(inputType(schema, nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(inputType(schema, list.getType()));
        }
        if (schema.getType(((TypeName) type).getName()) instanceof GraphQLInputType named) {
            return named;
        }
        throw EngineAnswers.INSTANCE;
    }

    /** The names of every field the document selects, fragments included. */
    private static Set<String> fieldNames(Document document) {
        Set<String> names = new HashSet<>();
        walk(document, node -> {
            if (node instanceof Field field) {
                names.add(field.getName());
            }
        });
        return names;
    }

    /** The variables any @skip or @include of the document reads. */
    private static Set<String> conditionVariables(Document document) {
        Set<String> names = new LinkedHashSet<>();
        walk(document, node -> {
            if (node instanceof Directive directive) {
                for (Argument argument : directive.getArguments()) {
                    if (argument.getValue() instanceof VariableReference variable) {
                        names.add(variable.getName());
                    }
                }
            }
        });
        return names;
    }

    private static void walk(Document document, Consumer<Node<?>> visitor) {
        @SuppressWarnings("rawtypes")
        List<Node> pending = new ArrayList<>(document.getChildren());
        while (!pending.isEmpty()) {
            Node<?> node = pending.remove(pending.size() - 1);
            visitor.accept(node);
            pending.addAll(node.getChildren());
        }
    }
}
