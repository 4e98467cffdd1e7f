package app.yibao.atlas.api;

import io.smallrye.graphql.api.ErrorCode;

/** An argument a client sent cannot be used as it is; the message names the argument and the bad value. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends ApiException {

    public InvalidArgumentException(String argument, Object value, String expected) {
        super("Invalid value for '" + argument + "': " + quoted(value) + ". " + expected);
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
