package app.yibao.atlas.http;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Random read queries over the served schema, seeded: every type and field reachable from the root, random
 * selection sets with aliases, repeated keys, inline and named fragments, {@code @include}/{@code @skip} (literal and
 * variable), arguments as literals and variables (with and without defaults), valid and invalid, over every region
 * (in turn) and a spread of dates. Some are meant to fail; the differential test compares whatever comes out.
 */
final class QueryGenerator {

    /** One request: the document and its variables (JSON). */
    record Generated(String query, String variables) {
    }

    private static final List<String> TEXTS = List.of("药店", "出国定居", "深圳 门诊", "balance", "家庭共济", "查询余额",
            "死亡 继承 材料", "12333", "emigrate withdraw", "体检");
    private static final List<String> QUESTIONS = List.of("深圳出国定居了医保余额能取出来吗?", "广州医保个人账户怎么查?",
            "Can I withdraw my Shenzhen balance if I emigrate?", "南京 家庭共济", "个人账户可以买商业保险吗",
            "医保电话是多少", "阿克苏 联系电话");
    private static final List<String> BAD_DATES = List.of("2023-02-30", "yesterday", "2023-13-01", "");

    private final Random random;
    private final GraphQLSchema schema;
    private final List<String> regionCodes;
    private final List<String> regionNames;

    private int index;
    private StringBuilder fragments;
    private List<String> variableDefinitions;
    private JsonObjectBuilder variables;
    private int counter;

    QueryGenerator(long seed, GraphQLSchema schema, List<String> regionCodes, List<String> regionNames) {
        this.random = new Random(seed);
        this.schema = schema;
        this.regionCodes = regionCodes;
        this.regionNames = regionNames;
    }

    Generated next() {
        index++;
        fragments = new StringBuilder();
        variableDefinitions = new ArrayList<>();
        variables = Json.createObjectBuilder();
        counter = 0;
        StringBuilder body = new StringBuilder();
        int roots = 1 + (random.nextInt(5) == 0 ? 1 : 0);
        for (int i = 0; i < roots; i++) {
            body.append(root()).append(' ');
        }
        String definitions = variableDefinitions.isEmpty() ? "" : "(" + String.join(", ", variableDefinitions) + ")";
        String query = "query Q" + definitions + " { " + body + "}" + fragments;
        return new Generated(query, variables.build().toString());
    }

    private String root() {
        GraphQLObjectType query = schema.getQueryType();
        int pick = random.nextInt(100);
        String field = pick < 48 ? "region" : pick < 66 ? "regions" : pick < 71 ? "sources" : pick < 80 ? "search"
                : pick < 84 ? "ask" : pick < 94 ? "withdrawalEligibility" : pick < 97 ? "__typename" : "__type";
        String alias = random.nextInt(4) == 0 ? "r" + counter++ + ": " : "";
        return switch (field) {
            case "__typename" -> alias + "__typename";
            case "__type" -> alias + "__type(name: \"Region\") { name kind }";
            case "region" -> alias + "region(" + regionArguments() + ") " + selection(objectType("Region"), 0);
            default -> {
                GraphQLFieldDefinition definition = query.getFieldDefinition(field);
                yield alias + field + arguments(definition) + " " + selection(objectTypeOf(definition), 0);
            }
        };
    }

    private String regionArguments() {
        int pick = random.nextInt(100);
        String code = regionCodes.get(index % regionCodes.size());
        if (pick < 60) {
            return random.nextBoolean() ? "code: \"" + code + "\"" : "code: " + variable("String!", "\"" + code + "\"");
        }
        if (pick < 90) {
            String name = regionNames.get(random.nextInt(regionNames.size()));
            return random.nextBoolean() ? "name: \"" + name + "\"" : "name: " + variable("String", "\"" + name + "\"");
        }
        return List.of("code: \"999999\"", "name: \"Atlantis\"", "", "code: \"440300\", name: \"深圳\"",
                "code: \"44030\"").get(random.nextInt(5));
    }

    /** The selection set of an object type: some of its fields, some in fragments or under a condition. */
    private String selection(GraphQLObjectType type, int depth) {
        List<GraphQLFieldDefinition> fields = new ArrayList<>(type.getFieldDefinitions());
        java.util.Collections.shuffle(fields, random); // distinct fields: the same one twice would differ in arguments
        int count = 1 + random.nextInt(Math.min(6, fields.size()));
        StringBuilder out = new StringBuilder("{ ");
        boolean any = false;
        for (int i = 0; i < count; i++) {
            GraphQLFieldDefinition field = fields.get(i);
            int wrap = random.nextInt(100);
            String selected = field(field, depth, wrap >= 20 && wrap < 28 ? condition() : "");
            if (selected == null) {
                continue;
            }
            any = true;
            if (wrap < 8) {
                out.append("... on ").append(type.getName()).append(" { ").append(selected).append(" } ");
            } else if (wrap < 12) {
                out.append("... ").append(condition()).append(" { ").append(selected).append(" } ");
            } else if (wrap < 20) {
                String name = "F" + counter++;
                fragments.append(" fragment ").append(name).append(" on ").append(type.getName()).append(" { ")
                        .append(selected).append(" }");
                out.append("...").append(name).append(random.nextInt(4) == 0 ? " " + condition() : "").append(' ');
            } else {
                out.append(selected).append(' ');
            }
            if (random.nextInt(20) == 0) {
                out.append(selected).append(' '); // the same key again: merged
            }
        }
        if (!any || random.nextInt(10) == 0) {
            out.append("__typename ");
        }
        return out.append('}').toString();
    }

    private String condition() {
        String directive = random.nextBoolean() ? "@include" : "@skip";
        if (random.nextBoolean()) {
            return directive + "(if: " + random.nextBoolean() + ")";
        }
        return directive + "(if: " + variable("Boolean!", String.valueOf(random.nextBoolean())) + ")";
    }

    /** One field with its alias, arguments, directive and selection; null when it would nest too deep. */
    private String field(GraphQLFieldDefinition field, int depth, String directive) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
        boolean object = named instanceof GraphQLObjectType;
        if (object && (depth >= 3 || (depth >= 1 && field.getName().equals("region") && random.nextBoolean()))) {
            return null;
        }
        String alias = random.nextInt(6) == 0 ? "k" + counter++ + ": " : "";
        String text = alias + field.getName() + arguments(field) + (directive.isEmpty() ? "" : " " + directive);
        return object ? text + " " + selection((GraphQLObjectType) named, depth + 1) : text;
    }

    private String arguments(GraphQLFieldDefinition field) {
        List<String> given = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
            if (!required && random.nextInt(3) == 0) {
                continue;
            }
            given.add(argument.getName() + ": " + value(field.getName(), argument.getName(), argument.getType()));
        }
        return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
    }

    /** A value for an argument: a literal, or a variable given (or left to its default). */
    private String value(String field, String argument, GraphQLInputType type) {
        String literal = literal(field, argument, type);
        if (random.nextInt(3) == 0 && !literal.equals("null")) {
            return variable(GraphQLTypeUtil.simplePrint(type), literal);
        }
        return literal;
    }

    private String literal(String field, String argument, GraphQLInputType type) {
        GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
        if (!GraphQLTypeUtil.isNonNull(type) && random.nextInt(25) == 0) {
            return "null";
        }
        if (named instanceof GraphQLEnumType enumType) {
            String value = enumType.getValues().get(random.nextInt(enumType.getValues().size())).getName();
            return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) ? "[" + value + "]" : value;
        }
        if (named instanceof GraphQLInputObjectType object) {
            List<String> fields = new ArrayList<>();
            for (GraphQLInputObjectField input : object.getFieldDefinitions()) {
                if (random.nextInt(3) == 0) {
                    fields.add(input.getName() + ": " + random.nextBoolean());
                }
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return switch (named.getName()) {
            case "Date" -> "\"" + date() + "\"";
            case "Int" -> String.valueOf(List.of(1, 2, 3, 5, 10, 20, 0, 51, 501, -1).get(random.nextInt(10)));
            case "Boolean" -> String.valueOf(random.nextBoolean());
            default -> "\"" + text(field, argument) + "\"";
        };
    }

    private String text(String field, String argument) {
        return switch (argument) {
            case "text" -> TEXTS.get(random.nextInt(TEXTS.size()));
            case "question" -> QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            case "region" -> random.nextBoolean() ? regionCodes.get(random.nextInt(regionCodes.size()))
                    : regionNames.get(random.nextInt(regionNames.size()));
            case "parentCode" -> random.nextInt(8) == 0 ? "12" : regionCodes.get(random.nextInt(regionCodes.size()));
            case "after" -> random.nextInt(6) == 0 ? "not-a-cursor" : Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("region:" + regionCodes.get(random.nextInt(regionCodes.size())))
                            .getBytes(StandardCharsets.UTF_8));
            default -> regionNames.get(random.nextInt(regionNames.size()));
        };
    }

    /** Mostly days from 2015 to 2027; the days rules changed on; now and then one that is not a day. */
    private String date() {
        int pick = random.nextInt(100);
        if (pick < 5) {
            return BAD_DATES.get(random.nextInt(BAD_DATES.size()));
        }
        if (pick < 20) {
            return List.of("2023-09-30", "2023-10-01", "2021-01-01", "2024-12-31").get(random.nextInt(4));
        }
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(13 * 365)).toString();
    }

    /** Declares a variable for a literal: given in the variables, or as the definition's default, or both. */
    private String variable(String type, String literal) {
        String name = "v" + counter++;
        int pick = random.nextInt(6);
        if (pick == 0 && !type.endsWith("!")) {
            variableDefinitions.add("$" + name + ": " + type + " = " + literal);
        } else if (pick == 1 && !type.endsWith("!")) {
            variableDefinitions.add("$" + name + ": " + type); // declared, never given
        } else {
            variableDefinitions.add("$" + name + ": " + type);
            variables.add(name, Json.createReader(new java.io.StringReader("[" + json(literal) + "]")).readArray()
                    .get(0));
        }
        return "$" + name;
    }

    /** A GraphQL literal as JSON: enums become strings, input objects JSON objects. */
    private static String json(String literal) {
        if (literal.startsWith("{")) {
            return literal.replaceAll("(\\w+):", "\"$1\":");
        }
        if (literal.startsWith("[")) {
            return literal.replaceAll("([A-Z_]+)", "\"$1\"");
        }
        if (literal.matches("[A-Z_]+")) {
            return "\"" + literal + "\"";
        }
        return literal;
    }

    private GraphQLObjectType objectType(String name) {
        return (GraphQLObjectType) schema.getType(name);
    }

    private static GraphQLObjectType objectTypeOf(GraphQLFieldDefinition field) {
        return (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(field.getType());
    }
}
