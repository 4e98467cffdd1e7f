package app.yibao.atlas.plan;

/** One entry of a selection: its response key (as the bytes "key":), how its value is read, and how it is written. */
record FieldStep(byte[] keyPrefix, FieldReader reader, Arguments.Source[] arguments, ValueWriter writer) {

    void write(Object source, PlanRun run, JsonOutput out) throws Exception {
        out.raw(keyPrefix);
        writer.write(reader.read(source, Arguments.of(arguments, run)), run, out);
    }
}
