package app.yibao.atlas.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/**
 * An answer is given again only to the same request, for the same knowledge version and day, within the room, and
 * the answers asked often stay.
 */
class AnswerCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final GraphQLRequest SHENZHEN = request("{ region(code: \"440300\") { name } }", null);

    @Test
    void theSameRequestGetsTheSameAnswerForTheSameVersionAndDay() {
        AnswerCache cache = new AnswerCache(1_000_000);
        cache.put("v1", DAY, SHENZHEN, bytes("{\"data\":{}}"));
        assertEquals("{\"data\":{}}", text(cache.get("v1", DAY, request("{ region(code: \"440300\") { name } }", null))));
    }

    @Test
    void otherVariablesAVersionOrADayLaterAreNotAnswered() {
        AnswerCache cache = new AnswerCache(1_000_000);
        GraphQLRequest withVariables = request("query($c: String) { region(code: $c) { name } }", "440300");
        cache.put("v1", DAY, withVariables, bytes("{\"data\":{}}"));
        assertNull(cache.get("v1", DAY, request("query($c: String) { region(code: $c) { name } }", "110000")));
        assertNull(cache.get("v2", DAY, withVariables));
        assertNull(cache.get("v1", DAY.plusDays(1), withVariables));
    }

    @Test
    void aNewVersionStartsAfresh() {
        AnswerCache cache = new AnswerCache(1_000_000);
        cache.put("v1", DAY, SHENZHEN, bytes("old"));
        cache.put("v2", DAY, request("{ sources { id } }", null), bytes("new"));
        assertNull(cache.get("v1", DAY, SHENZHEN));
    }

    @Test
    void aStreamOfNewRequestsDoesNotThrowOutTheAnswersAskedAgainAndAgain() {
        AnswerCache cache = new AnswerCache(100_000);
        cache.put("v1", DAY, SHENZHEN, bytes("hot"));
        int hits = 0;
        for (int i = 0; i < 2_000; i++) { // about 1 kB each: twenty times the room, while the city is asked again
            GraphQLRequest once = request("{ q" + i + " }", null);
            cache.put("v1", DAY, once, bytes("x".repeat(1_000)));
            if (i % 10 == 0) {
                byte[] hot = cache.get("v1", DAY, SHENZHEN);
                if (hot == null) {
                    cache.put("v1", DAY, SHENZHEN, bytes("hot")); // as the route does after running the engine again
                } else {
                    hits++;
                }
            }
        }
        assertEquals("hot", text(cache.get("v1", DAY, SHENZHEN)));
        assertTrue(hits >= 190, "the asked-again answer was there " + hits + " times of 200");
        assertTrue(cache.weight() <= 100_000, "within its room: " + cache.weight());
    }

    @Test
    void staysWithinItsRoomAndKeepsNothingWhenOff() {
        AnswerCache small = new AnswerCache(2_000);
        small.put("v1", DAY, SHENZHEN, bytes("x".repeat(1_000))); // more than an eighth of the room: not kept
        assertNull(small.get("v1", DAY, SHENZHEN));
        AnswerCache off = new AnswerCache(0);
        off.put("v1", DAY, SHENZHEN, bytes("{}"));
        assertNull(off.get("v1", DAY, SHENZHEN));
    }

    private static byte[] bytes(String answer) {
        return answer.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] answer) {
        return answer == null ? null : new String(answer, StandardCharsets.UTF_8);
    }

    private static GraphQLRequest request(String query, String code) {
        return new GraphQLRequest("POST", query, null,
                code == null ? null : Json.createObjectBuilder().add("c", code).build(), null);
    }
}
