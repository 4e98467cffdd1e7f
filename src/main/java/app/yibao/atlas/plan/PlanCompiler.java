package app.yibao.atlas.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

/**
 * Turns one validated operation, for one set of values of the variables its {@code @skip}/{@code @include} read,
 * into a tree of writers. Fields are collected as graphql-java collects them (first occurrence decides the order,
 * same response keys merge, fragments expand once per selection), so the JSON has the same keys in the same order.
 * Throws {@link EngineAnswers} for anything it does not cover: introspection, abstract types, unknown directives.
 */
final class PlanCompiler {

    // Types whose objects are the snapshot's own (immutable, loaded once): their texts are encoded once per snapshot.
    // The others (answers, hits, pages, verdicts) are built per request, with texts that may be the client's.
    private static final Set<String> SNAPSHOT_TYPES = Set.of("Region", "Source", "Citation", "WithdrawalChannel",
            "WithdrawalCondition", "WithdrawalProcedure", "UsageScenario", "QueryChannel", "Contact", "Notice",
            "AccountFact");

    private final GraphQLSchema schema;
    private final Resolvers resolvers;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Boolean> conditions;

    PlanCompiler(GraphQLSchema schema, Resolvers resolvers, Map<String, FragmentDefinition> fragments,
            Map<String, Boolean> conditions) {
        this.schema = schema;
        this.resolvers = resolvers;
        this.fragments = fragments;
        this.conditions = conditions;
    }

    SelectionWriter root(SelectionSet selectionSet) {
        return selection(schema.getQueryType(), List.of(selectionSet));
    }

    private SelectionWriter selection(GraphQLObjectType type, List<SelectionSet> selectionSets) {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        Set<String> visitedFragments = new HashSet<>();
        for (SelectionSet selectionSet : selectionSets) {
            collect(selectionSet, type, fields, visitedFragments);
        }
        List<FieldStep> steps = new ArrayList<>(fields.size());
        fields.forEach((key, occurrences) -> steps.add(step(type, key, occurrences)));
        return new SelectionWriter(steps.toArray(FieldStep[]::new));
    }

    private void collect(SelectionSet selectionSet, GraphQLObjectType type, Map<String, List<Field>> fields,
            Set<String> visitedFragments) {
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field.getDirectives())) {
                    fields.computeIfAbsent(field.getResultKey(), key -> new ArrayList<>()).add(field);
                }
            } else if (selection instanceof InlineFragment inline) {
                if (included(inline.getDirectives()) && matches(inline.getTypeCondition(), type)) {
                    collect(inline.getSelectionSet(), type, fields, visitedFragments);
                }
            } else if (selection instanceof FragmentSpread spread) {
                if (visitedFragments.contains(spread.getName()) || !included(spread.getDirectives())) {
                    continue;
                }
                visitedFragments.add(spread.getName());
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null) {
                    throw EngineAnswers.INSTANCE;
                }
                if (matches(fragment.getTypeCondition(), type)) {
                    collect(fragment.getSelectionSet(), type, fields, visitedFragments);
                }
            } else {
                throw EngineAnswers.INSTANCE;
            }
        }
    }

    /** Whether a type condition applies; the schema has object types only, so it is a match by name. */
    private boolean matches(TypeName condition, GraphQLObjectType type) {
        if (condition == null || condition.getName().equals(type.getName())) {
            return true;
        }
        if (schema.getType(condition.getName()) instanceof GraphQLObjectType) {
            return false;
        }
        throw EngineAnswers.INSTANCE; // an interface or union: not covered
    }

    private boolean included(List<Directive> directives) {
        for (Directive directive : directives) {
            switch (directive.getName()) {
                case "skip" -> {
                    if (condition(directive)) {
                        return false;
                    }
                }
                case "include" -> {
                    if (!condition(directive)) {
                        return false;
                    }
                }
                default -> throw EngineAnswers.INSTANCE;
            }
        }
        return true;
    }

    private boolean condition(Directive directive) {
        Argument argument = directive.getArgument("if");
        Value<?> value = argument == null ? null : argument.getValue();
        if (value instanceof BooleanValue literal) {
            return literal.isValue();
        }
        if (value instanceof VariableReference variable && conditions.get(variable.getName()) != null) {
            return conditions.get(variable.getName());
        }
        throw EngineAnswers.INSTANCE;
    }

    private FieldStep step(GraphQLObjectType type, String key, List<Field> occurrences) {
        Field field = occurrences.get(0);
        JsonOutput quotedKey = new JsonOutput().raw(JsonOutput.quoted(key)).raw(':');
        byte[] prefix = quotedKey.toByteArray();
        String name = field.getName();
        if (name.equals("__typename")) {
            String typeName = type.getName();
            return new FieldStep(prefix, (source, args) -> typeName, new Arguments.Source[0],
                    ValueWriter.leaf("String", false));
        }
        GraphQLFieldDefinition definition = type.getFieldDefinition(name);
        if (definition == null) {
            throw EngineAnswers.INSTANCE; // __schema, __type: introspection stays with the engine
        }
        FieldReader reader = resolvers.reader(type.getName(), name);
        if (reader == null) {
            Function<Object, Object> getter = PlainFields.getter(type.getName(), name);
            if (getter == null) {
                throw EngineAnswers.INSTANCE;
            }
            reader = (source, args) -> getter.apply(source);
        }
        return new FieldStep(prefix, reader, arguments(definition, field),
                writer(definition.getType(), occurrences, type.getName()));
    }

    private static Arguments.Source[] arguments(GraphQLFieldDefinition definition, Field field) {
        List<Arguments.Source> sources = new ArrayList<>();
        for (GraphQLArgument argument : definition.getArguments()) {
            String name = argument.getName();
            boolean hasDefault = argument.hasSetDefaultValue();
            Object defaultValue = hasDefault
                    ? InputValues.fromDefault(argument.getArgumentDefaultValue().getValue(), argument.getType())
                    : null;
            Argument given = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst()
                    .orElse(null);
            if (given == null) {
                if (hasDefault) {
                    sources.add(Arguments.Source.fixed(name, defaultValue));
                }
            } else if (given.getValue() instanceof VariableReference variable) {
                sources.add(Arguments.Source.variable(name, variable.getName(), hasDefault, defaultValue));
            } else {
                sources.add(Arguments.Source.fixed(name, InputValues.fromLiteral(given.getValue(), argument.getType())));
            }
        }
        return sources.toArray(Arguments.Source[]::new);
    }

    private ValueWriter writer(GraphQLOutputType type, List<Field> occurrences, String owner) {
        if (type instanceof GraphQLNonNull nonNull) {
            return ValueWriter.nonNull(namedOrList((GraphQLOutputType) nonNull.getWrappedType(), occurrences, owner));
        }
        return ValueWriter.nullable(namedOrList(type, occurrences, owner));
    }

    private ValueWriter namedOrList(GraphQLOutputType type, List<Field> occurrences, String owner) {
        if (type instanceof GraphQLList list) {
            return ValueWriter.list(writer((GraphQLOutputType) list.getWrappedType(), occurrences, owner));
        }
        if (type instanceof GraphQLObjectType object) {
            List<SelectionSet> selectionSets = new ArrayList<>();
            occurrences.stream().map(Field::getSelectionSet).filter(set -> set != null).forEach(selectionSets::add);
            return selection(object, selectionSets);
        }
        ValueWriter leaf = null;
        if (type instanceof GraphQLEnumType enumType) {
            leaf = ValueWriter.leaf(enumType.getName(), true);
        } else if (type instanceof GraphQLScalarType scalar) {
            boolean text = scalar.getName().equals("String") || scalar.getName().equals("ID");
            leaf = text && SNAPSHOT_TYPES.contains(owner) ? ValueWriter.snapshotText()
                    : ValueWriter.leaf(scalar.getName(), false);
        }
        if (leaf == null) {
            throw EngineAnswers.INSTANCE;
        }
        return leaf;
    }
}
