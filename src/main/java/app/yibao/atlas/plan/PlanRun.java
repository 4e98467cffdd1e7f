package app.yibao.atlas.plan;

import java.util.Map;

import app.yibao.atlas.api.Cancellation;

/** One run of a plan: the request's variables, coerced once, and the current snapshot's encoded texts. */
final class PlanRun {

    private final Map<String, Object> variables;
    private final EncodedTexts texts;
    private final Cancellation cancellation;

    PlanRun(Map<String, Object> variables, EncodedTexts texts, Cancellation cancellation) {
        this.variables = variables;
        this.texts = texts;
        this.cancellation = cancellation;
    }

    /** Stops the run when its request was abandoned: checked once per object written. */
    void checkCancelled() {
        if (cancellation.stopsWork()) {
            throw Cancelled.INSTANCE;
        }
    }

    /** The run stopped because its request was abandoned. */
    static final class Cancelled extends RuntimeException {

        static final Cancelled INSTANCE = new Cancelled();

        private Cancelled() {
            super("abandoned", null, false, false);
        }
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
