package app.yibao.atlas.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * For each character of a region name, the characters a pinyin input method offers for the same syllable
 * ({@code regions/homophones.tsv}, converted once from published readings; see {@code regions/PROVENANCE.md}).
 */
final class Homophones {

    static final String RESOURCE = "regions/homophones.tsv";
    private static final Map<Character, String> BY_CHARACTER = load();

    private Homophones() {
    }

    /** Whether {@code typed} sounds like {@code meant}, a character of a region name, without being it. */
    static boolean soundAlike(char meant, char typed) {
        String same = BY_CHARACTER.get(meant);
        return same != null && same.indexOf(typed) >= 0;
    }

    private static Map<Character, String> load() {
        Map<Character, String> byCharacter = new HashMap<>();
        try (InputStream in = Homophones.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length == 3 && columns[0].length() == 1) {
                    byCharacter.put(columns[0].charAt(0), columns[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return Map.copyOf(byCharacter);
    }
}
