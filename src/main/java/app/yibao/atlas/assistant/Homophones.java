package app.yibao.atlas.assistant;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import app.yibao.atlas.knowledge.BundledText;

/**
 * Which characters a pinyin input method offers for the same syllable: the toneless readings of the GB/T 2312
 * characters ({@code regions/pinyin-readings.tsv}, converted once from published readings; see
 * {@code regions/PROVENANCE.md}).
 */
final class Homophones {

    static final String RESOURCE = "regions/pinyin-readings.tsv";
    private static final Map<Character, String[]> READINGS = load();
    /** The same readings with fuzzy sounds folded ({@link #fuzzy}), worked out once. */
    private static final Map<Character, String[]> FUZZY = folded(READINGS);

    private Homophones() {
    }

    /**
     * Whether {@code typed} is another character than {@code meant} with one of its readings (洲 for 州), or with a
     * reading a pinyin input method's fuzzy sounds (模糊音) offer for it: z/zh, c/ch, s/sh, l/n and an/ang, en/eng,
     * in/ing, as many speakers do not tell them apart (书 for 苏).
     */
    static boolean soundAlike(char meant, char typed) {
        if (meant == typed) {
            return false;
        }
        String[] ours = FUZZY.get(meant);
        String[] theirs = FUZZY.get(typed);
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

    private static Map<Character, String[]> folded(Map<Character, String[]> readings) {
        Map<Character, String[]> folded = new HashMap<>();
        readings.forEach((character, own) -> folded.put(character,
                Arrays.stream(own).map(Homophones::fuzzy).distinct().toArray(String[]::new)));
        return Map.copyOf(folded);
    }

    /** A reading with the sounds fuzzy pinyin does not tell apart folded into one: shu → su, ning → lin. */
    static String fuzzy(String reading) {
        String folded = reading;
        if (folded.startsWith("zh") || folded.startsWith("ch") || folded.startsWith("sh")) {
            folded = folded.charAt(0) + folded.substring(2);
        } else if (folded.startsWith("n") && folded.length() > 1) {
            folded = "l" + folded.substring(1);
        }
        return folded.endsWith("ng") && !folded.endsWith("ong") ? folded.substring(0, folded.length() - 1) : folded;
    }

    private static Map<Character, String[]> load() {
        Map<Character, String[]> readings = new HashMap<>();
        for (String line : BundledText.lines(RESOURCE)) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length == 2 && columns[0].length() == 1) {
                readings.put(columns[0].charAt(0), columns[1].split("\\|"));
            }
        }
        return Map.copyOf(readings);
    }
}
