package app.yibao.atlas.http;

import java.io.StringReader;
import java.util.List;

import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
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
 */
final class UnmappedErrors {

    private static final Logger LOG = Logger.getLogger(UnmappedErrors.class);
    private static final JsonProvider JSON = GraphQLRequestReader.JSON;

    static final String CODE = "INTERNAL_ERROR";
    static final String MESSAGE = "The server could not answer this field; the rest of the answer is unaffected. "
            + "Retry later.";

    private UnmappedErrors() {
    }

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
                JsonObject extensions = error.getJsonObject("extensions");
                error = JSON.createObjectBuilder(error).add("message", MESSAGE)
                        .add("extensions", (extensions == null ? JSON.createObjectBuilder()
                                : JSON.createObjectBuilder(extensions)).add("code", CODE))
                        .build();
            }
            reworded.add(error);
        }
        return JSON.createObjectBuilder(answer).add("errors", reworded).build().toString();
    }

    private static boolean isUnmapped(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching failure && failure.getException() != null
                && ErrorInfoMap.getErrorInfo(failure.getException().getClass().getName()) == null) {
            LOG.errorf(failure.getException(), "Field %s failed", failure.getPath());
            return true;
        }
        return false;
    }
}
