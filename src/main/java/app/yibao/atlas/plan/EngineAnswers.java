package app.yibao.atlas.plan;

/**
 * Thrown while compiling or running a plan when the answer is the engine's to give: anything the compiler does not
 * cover, and every request whose answer would carry an error (a bad argument, a null where the schema promises a
 * value, a variable that does not coerce). SmallRye GraphQL then runs the request as if no plan existed, so errors
 * are worded, located and propagated exactly as before. Cheap: no stack trace.
 */
final class EngineAnswers extends RuntimeException {

    static final EngineAnswers INSTANCE = new EngineAnswers();

    private EngineAnswers() {
        super("left to the engine", null, false, false);
    }
}
