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
 * Which characters a pinyin input method offers for the same syllable: the toneless readings of the GB/T 2312
 * characters ({@code regions/pinyin-readings.tsv}, converted once from published readings; see
 * {@code regions/PROVENANCE.md}).
 */
final class Homophones {

    static final String RESOURCE = "regions/pinyin-readings.tsv";
    private static final Map<Character, String[]> READINGS = load();

    private Homophones() {
    }

    /** Whether {@code typed} is another character than {@code meant} with one of its readings (洲 for 州). */
    static boolean soundAlike(char meant, char typed) {
        if (meant == typed) {
            return false;
        }
        String[] ours = READINGS.get(meant);
        String[] theirs = READINGS.get(typed);
        if (ours == null || theirs == null) {
            return false;
        }
        for (String reading : ours) {
            for (String other : theirs) {
                if (reading.equals(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<Character, String[]> load() {
        Map<Character, String[]> readings = new HashMap<>();
        try (InputStream in = Homophones.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length == 2 && columns[0].length() == 1) {
                    readings.put(columns[0].charAt(0), columns[1].split("\\|"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return Map.copyOf(readings);
    }
}
