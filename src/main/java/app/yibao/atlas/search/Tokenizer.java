package app.yibao.atlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.yibao.atlas.knowledge.TraditionalChinese;

/**
 * Splits text into search terms the way Lucene's CJKAnalyzer does: Chinese runs become overlapping character
 * bigrams (a lone character stays a unigram), Latin letters and digits become lower-case words. Text is NFKC
 * normalised first, so full-width ＡＰＰ and １２３３３ match APP and 12333, and traditional characters are read as
 * simplified ones. No dictionary to load.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * NFKC, lower case and simplified characters (醫 as 医): the form every term and every matched substring is
     * compared in. Each step keeps the length of what NFKC gives, one character for one.
     */
    public static String normalize(String text) {
        return TraditionalChinese.simplified(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** The terms of already {@link #normalize normalised} text, in order, repeats kept. */
    public static List<String> terms(String normalized) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        int length = normalized.length();
        while (i < length) {
            int start = i;
            if (isHan(normalized.charAt(i))) {
                while (i < length && isHan(normalized.charAt(i))) {
                    i++;
                }
                addBigrams(normalized, start, i, terms);
            } else if (Character.isLetterOrDigit(normalized.charAt(i))) {
                while (i < length && Character.isLetterOrDigit(normalized.charAt(i)) && !isHan(normalized.charAt(i))) {
                    i++;
                }
                terms.add(normalized.substring(start, i));
            } else {
                i++;
            }
        }
        return terms;
    }

    private static void addBigrams(String text, int start, int end, List<String> terms) {
        if (end - start == 1) {
            terms.add(text.substring(start, end));
            return;
        }
        for (int i = start; i + 2 <= end; i++) {
            terms.add(text.substring(i, i + 2));
        }
    }

    /** Chinese characters (the common BMP blocks; the knowledge uses no others). */
    public static boolean isHan(char c) {
        // The Unicode script table is a binary search; most characters asked about are decided before it.
        if (c < '\u2e80') {
            return false;
        }
        if (c >= '\u4e00' && c <= '\u9ffc') {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
