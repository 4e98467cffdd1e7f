package app.yibao.atlas.plan;

import java.math.BigDecimal;
import java.util.Collection;

/** Writes one value of a field's type as JSON; compiled once per selection, run for every value. */
@FunctionalInterface
interface ValueWriter {

    void write(Object value, PlanRun run, StringBuilder out) throws Exception;

    /** A value the schema promises: null has to become an error, which is the engine's to word. */
    static ValueWriter nonNull(ValueWriter inner) {
        return (value, run, out) -> {
            if (value == null) {
                throw EngineAnswers.INSTANCE;
            }
            inner.write(value, run, out);
        };
    }

    static ValueWriter nullable(ValueWriter inner) {
        return (value, run, out) -> {
            if (value == null) {
                out.append("null");
            } else {
                inner.write(value, run, out);
            }
        };
    }

    static ValueWriter list(ValueWriter element) {
        return (value, run, out) -> {
            out.append('[');
            boolean first = true;
            for (Object item : (Collection<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                element.write(item, run, out);
            }
            out.append(']');
        };
    }

    /** Scalars and enums by their GraphQL type name; null for a type no plan writes. */
    static ValueWriter leaf(String typeName, boolean isEnum) {
        if (isEnum) {
            return (value, run, out) -> out.append('"').append(((Enum<?>) value).name()).append('"');
        }
        return switch (typeName) {
            case "String", "ID" -> (value, run, out) -> JsonText.string(out, (String) value);
            case "Int" -> (value, run, out) -> out.append(((Integer) value).intValue());
            case "Boolean" -> (value, run, out) -> out.append(((Boolean) value).booleanValue());
            // as the engine's JSON writer gives a double: through BigDecimal.valueOf
            case "Float" -> (value, run, out) -> out.append(BigDecimal.valueOf(((Number) value).doubleValue()));
            case "BigDecimal" -> (value, run, out) -> out.append((BigDecimal) value);
            case "Date" -> (value, run, out) -> out.append('"').append(value).append('"');
            default -> null;
        };
    }
}
