package app.yibao.atlas.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts the passage of a fact that matched a query best, so a chatbot can quote it without the whole fact. */
final class Snippets {

    static final int LENGTH = 80;
    /** What a term counts in a window: one the question says ten times one it gains from the lexicon. */
    private static final int SAID = 10;
    private static final int FROM_THE_LEXICON = 1;

    private Snippets() {
    }

    /**
     * The text with the most query terms, cut to {@link #LENGTH} characters where they are densest: the window that
     * holds the most distinct terms the question says, then the most words of the concepts it names (a fact's opening
     * words often match only 医保 and 个人账户, and what answers comes later). Terms are matched in the texts'
     * normalised forms ({@code normalizedTexts}, in the same order and of the same lengths).
     */
    static String best(List<String> texts, List<String> normalizedTexts, QueryTerms query, String fallback) {
        String[] terms = query.terms();
        String best = null;
        String bestNormalized = null;
        int bestMatches = 0;
        for (int i = 0; i < texts.size(); i++) {
            String normalized = normalizedTexts.get(i);
            int matches = 0;
            for (String term : terms) {
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
        return cut(best, densestWindow(bestNormalized, query));
    }

    /**
     * Where a window of {@link #LENGTH} characters starts that holds the most of the query's distinct terms. A window
     * starts a little before each match in turn; as it moves on, matches leave it on the left and enter it on the
     * right (in order of position), so one pass keeps count of the terms within.
     */
    private static int densestWindow(String normalized, QueryTerms query) {
        if (normalized.length() <= LENGTH) {
            return 0;
        }
        String[] terms = query.terms();
        List<Match> matches = new ArrayList<>();
        for (int term = 0; term < terms.length; term++) {
            for (int at = normalized.indexOf(terms[term]); at >= 0; at = normalized.indexOf(terms[term], at + 1)) {
                matches.add(new Match(at, term, terms[term].length()));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.at(), b.at()));
        boolean[] counted = new boolean[matches.size()];
        int[] within = new int[terms.length];
        int weight = 0;
        int bestWeight = -1;
        int bestStart = 0;
        int entering = 0;
        int leaving = 0;
        for (Match match : matches) {
            int start = windowStart(normalized, match.at());
            for (; leaving < matches.size() && matches.get(leaving).at() < start; leaving++) {
                int term = matches.get(leaving).term();
                if (counted[leaving] && --within[term] == 0) {
                    weight -= worth(query, term);
                }
                counted[leaving] = false;
            }
            for (; entering < matches.size() && matches.get(entering).end() <= start + LENGTH; entering++) {
                Match next = matches.get(entering);
                counted[entering] = next.at() >= start;
                if (counted[entering] && ++within[next.term()] == 1) {
                    weight += worth(query, next.term());
                }
            }
            if (weight > bestWeight) {
                bestWeight = weight;
                bestStart = start;
            }
        }
        return bestStart;
    }

    /** A term (by its index in the query's terms) found at a position. */
    private record Match(int at, int term, int length) {
        int end() {
            return at + length;
        }
    }

    private static int worth(QueryTerms query, int term) {
        return query.says(term) ? SAID : FROM_THE_LEXICON;
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
