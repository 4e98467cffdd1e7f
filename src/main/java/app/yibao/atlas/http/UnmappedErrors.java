package app.yibao.atlas.http;

import java.io.StringReader;
import java.util.List;

import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

/**
 * Gives a field that failed for a reason nobody mapped the documented {@code INTERNAL_ERROR} code. SmallRye names
 * such a failure after its exception class ({@code "graph-q-l"}, {@code "null-pointer"}…), which is neither stable
 * nor something a client can act on. Mapped failures (the {@code @ErrorCode} exceptions of {@code api}) and the
 * engine's own errors (syntax, validation) keep theirs. Only answers that hold such a failure are rewritten, so the
 * usual answer costs one scan of its error list.
 * <p>
 * One unmapped failure is the client's: a variable the engine let through but could not turn into the argument's
 * type when the field ran (1.5 or 2^63 for an Int). It gets {@code INVALID_ARGUMENT} and the engine's own reason.
 */
final class UnmappedErrors {

    private static final Logger LOG = Logger.getLogger(UnmappedErrors.class);
    private static final JsonProvider JSON = GraphQLRequestReader.JSON;

    static final String CODE = "INTERNAL_ERROR";
    static final String MESSAGE = "The server could not answer this field; the rest of the answer is unaffected. "
            + "Retry later.";

    private UnmappedErrors() {
    }

    static final String BAD_VALUE_CODE = "INVALID_ARGUMENT";

    /** The answer with each unmapped failure reworded; the same string when there is none. */
    static String reword(String body, List<GraphQLError> errors) {
        boolean[] unmapped = new boolean[errors.size()];
        boolean any = false;
        for (int i = 0; i < unmapped.length; i++) {
            any |= unmapped[i] = isUnmapped(errors.get(i));
        }
        if (!any) {
            return body;
        }
        JsonObject answer;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            answer = reader.readObject();
        }
        JsonArray written = answer.getJsonArray("errors");
        if (written == null || written.size() != unmapped.length) {
            return body; // not the shape SmallRye writes: leave it rather than guess which error is which
        }
        JsonArrayBuilder reworded = JSON.createArrayBuilder();
        for (int i = 0; i < unmapped.length; i++) {
            JsonObject error = written.getJsonObject(i);
            if (unmapped[i]) {
                String badValue = badValue(errors.get(i));
                JsonObject extensions = error.getJsonObject("extensions");
                error = JSON.createObjectBuilder(error).add("message", badValue != null ? badValue : MESSAGE)
                        .add("extensions", (extensions == null ? JSON.createObjectBuilder()
                                : JSON.createObjectBuilder(extensions)).add("code",
                                        badValue != null ? BAD_VALUE_CODE : CODE))
                        .build();
            }
            reworded.add(error);
        }
        return JSON.createObjectBuilder(answer).add("errors", reworded).build().toString();
    }

    private static boolean isUnmapped(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching failure && failure.getException() != null
                && ErrorInfoMap.getErrorInfo(failure.getException().getClass().getName()) == null) {
            if (badValue(error) == null) {
                LOG.errorf(failure.getException(), "Field %s failed", failure.getPath());
            }
            return true;
        }
        return false;
    }

    /** The message for a value that could not be coerced to its argument's type, or null for other failures. */
    private static String badValue(GraphQLError error) {
        Throwable cause = ((ExceptionWhileDataFetching) error).getException();
        if (!(cause instanceof CoercingParseValueException || cause instanceof CoercingParseLiteralException)) {
            return null;
        }
        String reason = cause.getMessage() == null ? "" : cause.getMessage().replaceFirst("^SRGQL\\d+: ", "");
        return "A value given to this field is not of its argument's type (" + reason + "); check the variables.";
    }
}
