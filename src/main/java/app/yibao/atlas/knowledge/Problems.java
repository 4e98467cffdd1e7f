package app.yibao.atlas.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading the bundle, so that a curator sees them all at once. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String where, String what) {
        found.add(where + ": " + what);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new KnowledgeFileException(found);
        }
    }
}
