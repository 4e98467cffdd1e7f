package app.yibao.atlas.plan;

import java.util.Map;

/** One run of a plan: the request's variables, coerced once. */
final class PlanRun {

    private final Map<String, Object> variables;

    PlanRun(Map<String, Object> variables) {
        this.variables = variables;
    }

    boolean hasVariable(String name) {
        return variables.containsKey(name);
    }

    Object variable(String name) {
        return variables.get(name);
    }
}
