package app.yibao.atlas.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Argument and variable values, checked against their input type and turned into plain Java values: String (also
 * for IDs, dates and enum values), Integer, Boolean, List and Map. Stricter than the engine on purpose: anything
 * unusual (a float for an Int, an unknown input field) is left to the engine, which either accepts it or words the
 * error.
 */
final class InputValues {

    private InputValues() {
    }

    /** A literal of the document (validated, so the shapes are right); nested variables are left to the engine. */
    static Object fromLiteral(Value<?> literal, GraphQLInputType type) {
        if (literal instanceof NullValue) {
            return checkedNull(type);
        }
        GraphQLInputType named = unwrapNonNull(type);
        if (named instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (literal instanceof ArrayValue array) {
                List<Object> values = new ArrayList<>();
                array.getValues().forEach(value -> values.add(fromLiteral(value, element)));
                return values;
            }
            return List.of(fromLiteral(literal, element)); // a single value stands for a list of one
        }
        if (named instanceof GraphQLEnumType enumType) {
            if (literal instanceof EnumValue value && enumType.getValue(value.getName()) != null) {
                return value.getName();
            }
            throw EngineAnswers.INSTANCE;
        }
        if (named instanceof GraphQLInputObjectType objectType && literal instanceof ObjectValue object) {
            Map<String, Object> fields = new HashMap<>();
            for (ObjectField field : object.getObjectFields()) {
                GraphQLInputObjectField definition = objectType.getField(field.getName());
                if (definition == null) {
                    throw EngineAnswers.INSTANCE;
                }
                fields.put(field.getName(), fromLiteral(field.getValue(), definition.getType()));
            }
            return checkedObject(objectType, fields);
        }
        if (named instanceof GraphQLScalarType scalar) {
            return scalar(scalar.getName(), literalValue(literal));
        }
        throw EngineAnswers.INSTANCE;
    }

    /** A variable's value as the request's JSON gives it. */
    static Object fromJson(JsonValue json, GraphQLInputType type) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return checkedNull(type);
        }
        GraphQLInputType named = unwrapNonNull(type);
        if (named instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (json instanceof JsonArray array) {
                List<Object> values = new ArrayList<>();
                array.forEach(value -> values.add(fromJson(value, element)));
                return values;
            }
            return List.of(fromJson(json, element));
        }
        if (named instanceof GraphQLEnumType enumType) {
            if (json instanceof JsonString value && enumType.getValue(value.getString()) != null) {
                return value.getString();
            }
            throw EngineAnswers.INSTANCE;
        }
        if (named instanceof GraphQLInputObjectType objectType && json instanceof JsonObject object) {
            Map<String, Object> fields = new HashMap<>();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                GraphQLInputObjectField definition = objectType.getField(field.getKey());
                if (definition == null) {
                    throw EngineAnswers.INSTANCE;
                }
                fields.put(field.getKey(), fromJson(field.getValue(), definition.getType()));
            }
            return checkedObject(objectType, fields);
        }
        if (named instanceof GraphQLScalarType scalar) {
            return scalar(scalar.getName(), jsonValue(json));
        }
        throw EngineAnswers.INSTANCE;
    }

    /** A default value the schema declares, as SmallRye gives it (a literal or a plain value). */
    static Object fromDefault(Object value, GraphQLInputType type) {
        if (value instanceof Value<?> literal) {
            return fromLiteral(literal, type);
        }
        if (value == null) {
            return checkedNull(type);
        }
        GraphQLInputType named = unwrapNonNull(type);
        if (named instanceof GraphQLScalarType scalar && scalar.getName().equals("Int")) {
            if (value instanceof Integer) {
                return value;
            }
            if (value instanceof BigDecimal || value instanceof BigInteger) {
                return scalar("Int", value); // SmallRye gives a declared default of 50 as a BigDecimal
            }
            if (value instanceof String text && text.matches("-?\\d{1,9}")) {
                return Integer.valueOf(text);
            }
        }
        if (named instanceof GraphQLScalarType scalar && scalar.getName().equals("Boolean")) {
            if (value instanceof Boolean) {
                return value;
            }
            if ("true".equals(value) || "false".equals(value)) {
                return Boolean.valueOf((String) value); // SmallRye gives @DefaultValue("false") as its text
            }
        }
        if (named instanceof GraphQLScalarType scalar && value instanceof String text) {
            return scalar(scalar.getName(), text);
        }
        throw EngineAnswers.INSTANCE;
    }

    private static Object checkedNull(GraphQLInputType type) {
        if (type instanceof GraphQLNonNull) {
            throw EngineAnswers.INSTANCE;
        }
        return null;
    }

    private static Map<String, Object> checkedObject(GraphQLInputObjectType type, Map<String, Object> fields) {
        for (GraphQLInputObjectField field : type.getFields()) {
            if (field.getType() instanceof GraphQLNonNull && fields.get(field.getName()) == null) {
                throw EngineAnswers.INSTANCE;
            }
        }
        return fields;
    }

    private static GraphQLInputType unwrapNonNull(GraphQLInputType type) {
        return type instanceof GraphQLNonNull nonNull ? (GraphQLInputType) nonNull.getWrappedType() : type;
    }

    private static Object literalValue(Value<?> literal) {
        if (literal instanceof StringValue value) {
            return value.getValue();
        }
        if (literal instanceof IntValue value) {
            return value.getValue();
        }
        if (literal instanceof BooleanValue value) {
            return value.isValue();
        }
        return null; // floats, enums, lists, objects: no scalar of ours takes them
    }

    private static Object jsonValue(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> ((JsonString) json).getString();
            case NUMBER -> ((JsonNumber) json).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A scalar from a String, BigInteger/BigDecimal or Boolean; what fits only loosely is the engine's. */
    private static Object scalar(String scalar, Object value) {
        switch (scalar) {
            // A Date reaches the resolvers as its text, which they check (PolicyClock.asOf) when the field runs
            case "String", "ID", "Date":
                if (value instanceof String) {
                    return value;
                }
                break;
            case "Boolean":
                if (value instanceof Boolean) {
                    return value;
                }
                break;
            case "Int":
                if (value instanceof BigInteger number && number.bitLength() < 32) {
                    return number.intValue();
                }
                if (value instanceof BigDecimal number && number.scale() <= 0 && number.abs().compareTo(INT_LIMIT) < 0) {
                    return number.intValueExact();
                }
                break;
            default:
                break;
        }
        throw EngineAnswers.INSTANCE;
    }

    private static final BigDecimal INT_LIMIT = BigDecimal.valueOf(Integer.MAX_VALUE);
}
