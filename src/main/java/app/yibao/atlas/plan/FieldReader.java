package app.yibao.atlas.plan;

/** Reads one field of a source object: a getter, or a resolver with the field's arguments. */
@FunctionalInterface
interface FieldReader {

    Object read(Object source, Arguments arguments) throws Exception;
}
