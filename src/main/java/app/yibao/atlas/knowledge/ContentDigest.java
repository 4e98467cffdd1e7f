package app.yibao.atlas.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of the knowledge's content, built from the text of its records: equal on every replica that holds the
 * same knowledge, different as soon as anything in it differs. Used as the snapshot's version (e.g. in ETags).
 */
final class ContentDigest {

    private final MessageDigest digest;

    ContentDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    void add(Object part) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }
}
