package app.yibao.atlas.http;

import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers already given, kept for the knowledge version and the day (in China) they were computed for. The
 * knowledge is an immutable snapshot, so a request gets the same answer until one of them changes, and the
 * requests asked most (a city's page, a chatbot's usual slice) are answered without running the engine again.
 * Only complete answers without errors are kept.
 * <p>
 * Bounded by the bytes it holds (Caffeine, weighed per answer): when full it drops the answers asked least, so a
 * stream of requests seen once passes through without throwing out the answers asked again and again. A new
 * knowledge version or day empties it, as none of its answers can be asked for again.
 */
final class AnswerCache {

    private record Key(String version, LocalDate day, GraphQLRequest request) {
    }

    private final long capacityBytes;
    private final Cache<Key, byte[]> answers;
    private volatile Key lastSeen = new Key("", LocalDate.MIN, null);

    AnswerCache(long capacityBytes) {
        this.capacityBytes = capacityBytes;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(Math.max(capacityBytes, 0))
                .weigher((Key key, byte[] answer) -> bytes(key.request(), answer))
                .executor(Runnable::run) // upkeep on the caller's thread: no pool of its own, nothing to schedule
                .build();
    }

    /** The answer (UTF-8) given before to the same request, for this knowledge version and day; null if none. */
    byte[] get(String version, LocalDate day, GraphQLRequest request) {
        return answers.getIfPresent(new Key(version, day, request));
    }

    void put(String version, LocalDate day, GraphQLRequest request, byte[] answer) {
        if (bytes(request, answer) > capacityBytes / 8) {
            return; // no single answer may take much of the room (and none is kept when the room is 0)
        }
        Key key = new Key(version, day, request);
        Key last = lastSeen;
        if (!last.version().equals(version) || !last.day().equals(day)) {
            lastSeen = key;
            answers.invalidateAll();
        }
        answers.put(key, answer);
    }

    /** The bytes the kept answers take, as weighed. */
    long weight() {
        answers.cleanUp();
        return answers.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    private static int bytes(GraphQLRequest request, byte[] answer) {
        // the query is a Java string (up to 2 bytes a char); variables are small beside the query and the answer
        return answer.length + 2 * request.query().length();
    }
}
