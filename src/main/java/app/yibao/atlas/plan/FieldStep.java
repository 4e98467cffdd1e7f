package app.yibao.atlas.plan;

/** One entry of a selection: its response key, how its value is read, and how it is written. */
record FieldStep(String keyPrefix, FieldReader reader, Arguments.Source[] arguments, ValueWriter writer) {

    void write(Object source, PlanRun run, StringBuilder out) throws Exception {
        out.append(keyPrefix);
        writer.write(reader.read(source, Arguments.of(arguments, run)), run, out);
    }
}
