package app.yibao.atlas.regions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import app.yibao.atlas.api.InvalidArgumentException;

/** Opaque page cursors: clients pass them back as they got them, so the encoding may change. */
final class RegionCursor {

    private static final String PREFIX = "region:";

    private RegionCursor() {
    }

    static String of(Region region) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + region.code()).getBytes(StandardCharsets.UTF_8));
    }

    /** The region code a cursor points at. */
    static String codeOf(String cursor) throws InvalidArgumentException {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String code = decoded.startsWith(PREFIX) ? decoded.substring(PREFIX.length()) : "";
            if (RegionCodes.isWellFormed(code)) {
                return code;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, like any other cursor this service did not make
        }
        throw new InvalidArgumentException("after", cursor,
                "Pass the endCursor or an edge cursor of a previous page, unchanged.");
    }
}
