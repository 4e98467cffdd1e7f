package app.yibao.atlas.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ETag of a GET answer, computed before executing it: the same request against the same knowledge on the same
 * day (the default {@code asOf}) gives the same answer, so a matching If-None-Match is answered 304 at once.
 */
final class EntityTag {

    private EntityTag() {
    }

    static String of(String knowledgeVersion, String day, ResponseMediaType mediaType, GraphQLRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] { knowledgeVersion, day, mediaType, request.query(),
                    request.operationName(), request.variables(), request.extensions() }) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
