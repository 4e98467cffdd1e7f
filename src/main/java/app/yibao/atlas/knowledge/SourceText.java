package app.yibao.atlas.knowledge;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A source document's text, normalised so that a curator's quote is found despite whitespace and
 * full-width/half-width punctuation differences (NFKC folds ， into , and … into ...).
 */
final class SourceText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String ELLIPSIS = "...";

    private final String normalised;

    SourceText(String text) {
        this.normalised = normalise(text);
    }

    /** Whether the quote appears verbatim; an ellipsis separates parts that must appear in that order. */
    boolean contains(String quote) {
        int from = 0;
        for (String part : normalise(quote).split(Pattern.quote(ELLIPSIS))) {
            if (part.isEmpty()) {
                continue;
            }
            int at = normalised.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    private static String normalise(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
}
