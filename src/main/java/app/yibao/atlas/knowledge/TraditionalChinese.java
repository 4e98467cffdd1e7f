package app.yibao.atlas.knowledge;

/**
 * Reads traditional characters as simplified ones (醫保賬戶 as 医保账户), as the knowledge is written in simplified
 * Chinese and people in Hong Kong, Macau and Taiwan, and many Cantonese writers, type traditional. The pairs
 * ({@code regions/traditional-simplified.tsv}) were converted once from OpenCC's table, leaving out the characters
 * simplified text uses too (乾, 著, 於); see {@code regions/PROVENANCE.md}.
 */
public final class TraditionalChinese {

    static final String RESOURCE = "regions/traditional-simplified.tsv";
    // Every traditional character in the table lies in U+3400..U+9FFF: one array, indexed from its start.
    private static final char FIRST = '\u3400';
    private static final char[] SIMPLIFIED = load();

    private TraditionalChinese() {
    }

    /** The text with each traditional character replaced by its simplified form; the same string when it has none. */
    public static String simplified(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char form = simplifiedForm(text.charAt(i));
            if (form != 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = form;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The simplified form of a traditional character, or 0 when it has none of its own. */
    static char simplifiedForm(char c) {
        int index = c - FIRST;
        return index >= 0 && index < SIMPLIFIED.length ? SIMPLIFIED[index] : 0;
    }

    private static char[] load() {
        char[] table = new char['\ua000' - FIRST];
        for (String line : BundledText.lines(RESOURCE)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // traditional <TAB> simplified, one character each
            table[line.charAt(0) - FIRST] = line.charAt(2);
        }
        return table;
    }
}
