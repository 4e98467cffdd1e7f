package app.yibao.atlas.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one knowledge snapshot (titles, descriptions, materials, quotes…) as the JSON strings plans write,
 * escaped and UTF-8 encoded once: encoding them again for every answer was most of a plan's CPU. Derived from the
 * snapshot (see KnowledgeSnapshot.derived) and dropped with it, so it only ever holds the snapshot's own texts.
 */
final class EncodedTexts {

    private final Map<String, byte[]> encoded = new ConcurrentHashMap<>();

    byte[] of(String text) {
        byte[] bytes = encoded.get(text);
        if (bytes == null) {
            bytes = JsonOutput.quoted(text);
            encoded.put(text, bytes);
        }
        return bytes;
    }
}
