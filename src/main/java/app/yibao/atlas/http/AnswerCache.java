package app.yibao.atlas.http;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers already given, kept for the knowledge version and the day (in China) they were computed for. The
 * knowledge is an immutable snapshot, so a request gets the same answer until one of them changes, and the
 * requests asked most (a city's page, a chatbot's usual slice) are answered without running the engine again.
 * Only complete answers without errors are kept. Bounded in memory: when the next answer would not fit, it
 * starts afresh, as it does when the knowledge or the day changes.
 */
final class AnswerCache {

    private record Generation(String version, LocalDate day, Map<GraphQLRequest, String> answers, AtomicLong bytes) {

        boolean isFor(String version, LocalDate day) {
            return this.version.equals(version) && this.day.equals(day);
        }
    }

    private final long capacityBytes;
    private volatile Generation generation = new Generation("", LocalDate.MIN, Map.of(), new AtomicLong());

    AnswerCache(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    /** The answer given before to the same request, for this knowledge version and day; null if none. */
    String get(String version, LocalDate day, GraphQLRequest request) {
        Generation current = generation;
        return current.isFor(version, day) ? current.answers().get(request) : null;
    }

    void put(String version, LocalDate day, GraphQLRequest request, String answer) {
        long bytes = 2L * (answer.length() + request.query().length()); // Java strings: up to 2 bytes a char
        if (bytes > capacityBytes / 8) {
            return; // no single answer may take much of the room
        }
        Generation current = generation;
        if (!current.isFor(version, day) || current.bytes().addAndGet(bytes) > capacityBytes) {
            current = new Generation(version, day, new ConcurrentHashMap<>(), new AtomicLong(bytes));
            generation = current;
        }
        current.answers().put(request, answer);
    }
}
