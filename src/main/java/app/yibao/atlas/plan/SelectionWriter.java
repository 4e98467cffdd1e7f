package app.yibao.atlas.plan;

/** Writes an object as the JSON of one selection set: its entries in the order the document selects them. */
record SelectionWriter(FieldStep[] steps) implements ValueWriter {

    @Override
    public void write(Object source, PlanRun run, JsonOutput out) throws Exception {
        run.checkCancelled();
        out.raw('{');
        for (int i = 0; i < steps.length; i++) {
            if (i > 0) {
                out.raw(',');
            }
            steps[i].write(source, run, out);
        }
        out.raw('}');
    }
}
