package app.yibao.atlas.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The arguments of one field in one request, as plain values (see {@link InputValues}). */
final class Arguments {

    static final Arguments NONE = new Arguments(Map.of());

    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = values;
    }

    String string(String name) {
        return (String) values.get(name);
    }

    Boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    Integer integer(String name) {
        return (Integer) values.get(name);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = (String) values.get(name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A list of enum values; null elements stay null, as the engine passes them. */
    <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) values.get(name);
        if (names == null) {
            return null;
        }
        List<E> list = new ArrayList<>(names.size());
        names.forEach(value -> list.add(value == null ? null : Enum.valueOf(type, value)));
        return list;
    }

    /** An input object, built by the given constructor from its fields. */
    <T> T object(String name, Function<Map<String, Object>, T> constructor) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) values.get(name);
        return fields == null ? null : constructor.apply(fields);
    }

    /** Where one argument's value comes from: fixed when the plan is compiled, or a variable of the request. */
    record Source(String name, Object fixed, String variable, boolean hasDefault, Object defaultValue) {

        static Source fixed(String name, Object value) {
            return new Source(name, value, null, false, null);
        }

        static Source variable(String name, String variable, boolean hasDefault, Object defaultValue) {
            return new Source(name, null, variable, hasDefault, defaultValue);
        }
    }

    static Arguments of(Source[] sources, PlanRun run) {
        if (sources.length == 0) {
            return NONE;
        }
        Map<String, Object> values = new HashMap<>(sources.length * 2);
        for (Source source : sources) {
            if (source.variable() == null) {
                values.put(source.name(), source.fixed());
            } else if (run.hasVariable(source.variable())) {
                values.put(source.name(), run.variable(source.variable()));
            } else if (source.hasDefault()) {
                values.put(source.name(), source.defaultValue());
            }
        }
        return new Arguments(values);
    }
}
