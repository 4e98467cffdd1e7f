package app.yibao.atlas.plan;

import java.util.Map;

/** One run of a plan: the request's variables, coerced once, and the current snapshot's encoded texts. */
final class PlanRun {

    private final Map<String, Object> variables;
    private final EncodedTexts texts;

    PlanRun(Map<String, Object> variables, EncodedTexts texts) {
        this.variables = variables;
        this.texts = texts;
    }

    EncodedTexts texts() {
        return texts;
    }

    boolean hasVariable(String name) {
        return variables.containsKey(name);
    }

    Object variable(String name) {
        return variables.get(name);
    }
}
