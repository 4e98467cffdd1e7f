package app.yibao.atlas.search;

import java.util.Collection;
import java.util.List;

/** Cuts the passage of a fact that matched a query best, so a chatbot can quote it without the whole fact. */
final class Snippets {

    static final int LENGTH = 80;

    private Snippets() {
    }

    /**
     * The text with the most query terms, cut to {@link #LENGTH} characters around its first match; the terms are
     * matched in the texts' normalised forms ({@code normalizedTexts}, in the same order).
     */
    static String best(List<String> texts, List<String> normalizedTexts, Collection<String> queryTerms,
            String fallback) {
        String best = null;
        String bestNormalized = null;
        int bestMatches = 0;
        for (int i = 0; i < texts.size(); i++) {
            String normalized = normalizedTexts.get(i);
            int matches = 0;
            for (String term : queryTerms) {
                if (normalized.contains(term)) {
                    matches++;
                }
            }
            if (matches > bestMatches) {
                best = texts.get(i);
                bestNormalized = normalized;
                bestMatches = matches;
            }
        }
        if (best == null) {
            return cut(texts.isEmpty() ? fallback : texts.get(0), 0);
        }
        return cut(best, firstMatch(bestNormalized, queryTerms));
    }

    private static int firstMatch(String normalized, Collection<String> queryTerms) {
        int first = normalized.length();
        for (String term : queryTerms) {
            int at = normalized.indexOf(term);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first == normalized.length() ? 0 : first;
    }

    private static String cut(String text, int match) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int start = Math.max(0, Math.min(match - LENGTH / 4, text.length() - LENGTH));
        int end = Math.min(text.length(), start + LENGTH);
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }
}
