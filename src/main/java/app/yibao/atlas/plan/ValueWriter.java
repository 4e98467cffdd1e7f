package app.yibao.atlas.plan;

import java.math.BigDecimal;
import java.util.Collection;

/** Writes one value of a field's type as JSON; compiled once per selection, run for every value. */
@FunctionalInterface
interface ValueWriter {

    void write(Object value, PlanRun run, JsonOutput out) throws Exception;

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
                out.ascii("null");
            } else {
                inner.write(value, run, out);
            }
        };
    }

    static ValueWriter list(ValueWriter element) {
        return (value, run, out) -> {
            out.raw('[');
            boolean first = true;
            for (Object item : (Collection<?>) value) {
                if (!first) {
                    out.raw(',');
                }
                first = false;
                element.write(item, run, out);
            }
            out.raw(']');
        };
    }

    /** A text of the snapshot (a String or ID field of a region, source or fact): encoded once per snapshot. */
    static ValueWriter snapshotText() {
        return (value, run, out) -> out.raw(run.texts().of((String) value));
    }

    /** Scalars and enums by their GraphQL type name; null for a type no plan writes. */
    static ValueWriter leaf(String typeName, boolean isEnum) {
        if (isEnum) {
            return (value, run, out) -> out.raw('"').ascii(((Enum<?>) value).name()).raw('"');
        }
        return switch (typeName) {
            case "String", "ID" -> (value, run, out) -> out.string((String) value);
            case "Int" -> (value, run, out) -> out.ascii(Integer.toString((Integer) value));
            case "Boolean" -> (value, run, out) -> out.ascii(((Boolean) value) ? "true" : "false");
            // as the engine's JSON writer gives a double: through BigDecimal.valueOf
            case "Float" -> (value, run, out) -> out.ascii(BigDecimal.valueOf(((Number) value).doubleValue()).toString());
            case "BigDecimal" -> (value, run, out) -> out.ascii(((BigDecimal) value).toString());
            case "Date" -> (value, run, out) -> out.raw('"').ascii(value.toString()).raw('"');
            default -> null;
        };
    }
}
