package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.yibao.atlas.api.RegionNotFoundException;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A failure nobody mapped reaches the client as INTERNAL_ERROR; mapped ones keep their code. */
class UnmappedErrorsTest {

    private static final String TWO_ERRORS = """
            {"errors":[{"message":"No region is named 'X'.","path":["region"],"extensions":{"classification":\
            "DataFetchingException","code":"REGION_NOT_FOUND"}},{"message":"System error","path":["sources",0,\
            "title"],"extensions":{"classification":"DataFetchingException","code":"graph-q-l"}}],\
            "data":{"region":null,"sources":[{"title":null}]}}""";

    @Test
    void anUnmappedFailureGetsTheInternalErrorCodeAndAPlainMessage() {
        ErrorInfoMap.register(Map.of(RegionNotFoundException.class.getName(),
                new ErrorInfo(RegionNotFoundException.class.getName(), "REGION_NOT_FOUND")));
        List<GraphQLError> errors = List.of(failure("region", new RegionNotFoundException("name", "X")),
                failure("title", new IllegalStateException("no such method")));

        JsonObject answer = Json.createReader(new StringReader(UnmappedErrors.reword(TWO_ERRORS, errors)))
                .readObject();

        JsonObject mapped = answer.getJsonArray("errors").getJsonObject(0);
        assertEquals("REGION_NOT_FOUND", mapped.getJsonObject("extensions").getString("code"));
        assertEquals("No region is named 'X'.", mapped.getString("message"));
        JsonObject unmapped = answer.getJsonArray("errors").getJsonObject(1);
        assertEquals("INTERNAL_ERROR", unmapped.getJsonObject("extensions").getString("code"));
        assertEquals("DataFetchingException", unmapped.getJsonObject("extensions").getString("classification"));
        assertEquals(UnmappedErrors.MESSAGE, unmapped.getString("message"));
        assertEquals(Json.createArrayBuilder().add("sources").add(0).add("title").build(),
                unmapped.getJsonArray("path"));
        assertEquals(Json.createReader(new StringReader(TWO_ERRORS)).readObject().get("data"), answer.get("data"));
    }

    @Test
    void anAnswerWithOnlyMappedErrorsIsLeftAsItIs() {
        ErrorInfoMap.register(Map.of(RegionNotFoundException.class.getName(),
                new ErrorInfo(RegionNotFoundException.class.getName(), "REGION_NOT_FOUND")));
        String body = "{\"errors\":[{\"message\":\"m\"}],\"data\":null}";
        assertSame(body, UnmappedErrors.reword(body, List.of(failure("region", new RegionNotFoundException("name", "X")))));
    }

    private static GraphQLError failure(String field, Throwable exception) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/" + field), exception, new SourceLocation(1, 3));
    }
}
