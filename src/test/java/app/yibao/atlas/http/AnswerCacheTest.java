package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** An answer is given again only to the same request, for the same knowledge version and day, within the room. */
class AnswerCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final GraphQLRequest SHENZHEN = request("{ region(code: \"440300\") { name } }", null);

    @Test
    void theSameRequestGetsTheSameAnswerForTheSameVersionAndDay() {
        AnswerCache cache = new AnswerCache(1_000_000);
        cache.put("v1", DAY, SHENZHEN, "{\"data\":{}}");
        assertEquals("{\"data\":{}}", cache.get("v1", DAY, request("{ region(code: \"440300\") { name } }", null)));
    }

    @Test
    void otherVariablesAVersionOrADayLaterAreNotAnswered() {
        AnswerCache cache = new AnswerCache(1_000_000);
        GraphQLRequest withVariables = request("query($c: String) { region(code: $c) { name } }", "440300");
        cache.put("v1", DAY, withVariables, "{\"data\":{}}");
        assertNull(cache.get("v1", DAY, request("query($c: String) { region(code: $c) { name } }", "110000")));
        assertNull(cache.get("v2", DAY, withVariables));
        assertNull(cache.get("v1", DAY.plusDays(1), withVariables));
    }

    @Test
    void aNewVersionStartsAfresh() {
        AnswerCache cache = new AnswerCache(1_000_000);
        cache.put("v1", DAY, SHENZHEN, "old");
        cache.put("v2", DAY, request("{ sources { id } }", null), "new");
        assertNull(cache.get("v1", DAY, SHENZHEN));
    }

    @Test
    void startsAfreshWhenTheNextAnswerWouldNotFit() {
        AnswerCache cache = new AnswerCache(10_000);
        for (int i = 0; i < 10; i++) {
            cache.put("v1", DAY, request("{ q" + i + " }", null), "x".repeat(500)); // about 1 kB each
        }
        assertNull(cache.get("v1", DAY, request("{ q0 }", null)));
        assertEquals("x".repeat(500), cache.get("v1", DAY, request("{ q9 }", null)));
    }

    @Test
    void staysWithinItsRoomAndKeepsNothingWhenOff() {
        AnswerCache small = new AnswerCache(2_000);
        small.put("v1", DAY, SHENZHEN, "x".repeat(1_000)); // more than an eighth of the room: not kept
        assertNull(small.get("v1", DAY, SHENZHEN));
        AnswerCache off = new AnswerCache(0);
        off.put("v1", DAY, SHENZHEN, "{}");
        assertNull(off.get("v1", DAY, SHENZHEN));
    }

    private static GraphQLRequest request(String query, String code) {
        return new GraphQLRequest("POST", query, null,
                code == null ? null : Json.createObjectBuilder().add("c", code).build(), null);
    }
}
