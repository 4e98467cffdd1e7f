package app.yibao.atlas.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A UTF-8 text file the application carries (a converted table, an example set). Its absence is a broken build,
 * not a condition to answer around, so reading a missing file fails at once with its name.
 */
public final class BundledText {

    private BundledText() {
    }

    /** The lines of the bundled file at {@code path} (a class-path resource), without their line ends. */
    public static List<String> lines(String path) {
        try (InputStream in = BundledText.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
