package app.yibao.atlas.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cuts the passage of a fact that matched a query best, so a chatbot can quote it without the whole fact. */
final class Snippets {

    static final int LENGTH = 80;
    /** What a word the query gains from the lexicon counts in a window, against 1 for a word the question says. */
    private static final float LEXICON_WORD = 0.1f;

    private Snippets() {
    }

    /**
     * The text with the most query terms, cut to {@link #LENGTH} characters where they are densest: the window that
     * holds the most distinct terms the question says, then the most words of the concepts it names (a fact's opening
     * words often match only 医保 and 个人账户, and what answers comes later). Terms are matched in the texts' normalised forms ({@code normalizedTexts}, in the same
     * order and of the same lengths).
     */
    static String best(List<String> texts, List<String> normalizedTexts, Map<String, Float> queryTerms,
            String fallback) {
        String best = null;
        String bestNormalized = null;
        int bestMatches = 0;
        for (int i = 0; i < texts.size(); i++) {
            String normalized = normalizedTexts.get(i);
            int matches = 0;
            for (String term : queryTerms.keySet()) {
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
        return cut(best, densestWindow(bestNormalized, queryTerms));
    }

    /** Where a window of {@link #LENGTH} characters starts that holds the most of the query's distinct terms. */
    private static int densestWindow(String normalized, Map<String, Float> queryTerms) {
        if (normalized.length() <= LENGTH) {
            return 0;
        }
        record Match(int at, String term) {
        }
        List<Match> matches = new ArrayList<>();
        for (String term : queryTerms.keySet()) {
            for (int at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
                matches.add(new Match(at, term));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.at(), b.at()));
        int bestStart = matches.isEmpty() ? 0 : windowStart(normalized, matches.get(0).at());
        float bestWeight = 0;
        for (Match first : matches) {
            int start = windowStart(normalized, first.at());
            Set<String> within = new HashSet<>();
            float weight = 0;
            for (Match match : matches) {
                if (match.at() >= start && match.at() + match.term().length() <= start + LENGTH
                        && within.add(match.term())) {
                    weight += queryTerms.get(match.term()) >= 1f ? 1f : LEXICON_WORD;
                }
            }
            if (weight > bestWeight) {
                bestWeight = weight;
                bestStart = start;
            }
        }
        return bestStart;
    }

    /** A window around a match starts a little before it (a quarter of its length), within the text. */
    private static int windowStart(String text, int match) {
        return Math.max(0, Math.min(match - LENGTH / 4, text.length() - LENGTH));
    }

    private static String cut(String text, int start) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int end = Math.min(text.length(), start + LENGTH);
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }
}
