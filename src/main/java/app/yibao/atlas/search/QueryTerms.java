package app.yibao.atlas.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a search looks for: a text's own terms (weight 1) and the Chinese words of the concepts it mentions (lower
 * weight). Worked out once per question and used by every search that answers it.
 */
public final class QueryTerms {

    /** Weight of the words a query gains from the lexicon, against 1 for the words it says itself. */
    private static final float EXPANSION = 0.6f;

    private final Map<String, Float> weights;
    /** The same terms as an array, and which of them the text says: cheap to run through for every fact's texts. */
    private final String[] terms;
    private final boolean[] said;
    /** The facts' scores in the last index searched: one question's searches (topic, hits, notices) share them. */
    private volatile Scores scores;

    private record Scores(SearchIndex index, float[] ofFacts) {
    }

    private QueryTerms(Map<String, Float> weights) {
        this.weights = Collections.unmodifiableMap(weights);
        terms = weights.keySet().toArray(String[]::new);
        said = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) {
            said[i] = weights.get(terms[i]) >= 1f;
        }
    }

    /** The terms of a text as a person wrote it. */
    public static QueryTerms of(String text) {
        String corrected = Lexicon.correct(Tokenizer.normalize(text));
        return of(corrected, Lexicon.conceptsIn(corrected));
    }

    /**
     * The terms of a text already normalised and corrected ({@code Lexicon.correct(Tokenizer.normalize(text))}),
     * whose concepts the caller has found.
     */
    public static QueryTerms of(String corrected, Set<Lexicon.Concept> concepts) {
        Map<String, Float> weights = new LinkedHashMap<>();
        Tokenizer.terms(corrected).forEach(term -> weights.put(term, 1f));
        for (Lexicon.Concept concept : concepts) {
            for (String word : concept.chinese()) {
                Tokenizer.terms(word).forEach(term -> weights.putIfAbsent(term, EXPANSION));
            }
        }
        return new QueryTerms(weights);
    }

    Map<String, Float> weights() {
        return weights;
    }

    /** Every fact's score in the index for these terms; not to be changed. */
    float[] scoresIn(SearchIndex index) {
        Scores known = scores;
        if (known == null || known.index() != index) {
            known = new Scores(index, index.scores(weights));
            scores = known;
        }
        return known.ofFacts();
    }

    String[] terms() {
        return terms;
    }

    /** Whether the text says the term at this index of {@link #terms()} (rather than gaining it from the lexicon). */
    boolean says(int term) {
        return said[term];
    }

    /** Whether the text itself says any of these terms (a Chinese bigram or a word), not only a concept it names. */
    public boolean says(Set<String> terms) {
        for (String term : terms) {
            if (weights.getOrDefault(term, 0f) == 1f) {
                return true;
            }
        }
        return false;
    }
}
