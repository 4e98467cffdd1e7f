package app.yibao.atlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.JsonNode;

import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.PolicyFacts;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;

/**
 * An inverted index over every fact of a snapshot, ranked with BM25. Fields are weighted by how much a match in
 * them says: the title most, then the region's names, description and kind-specific fields, then the quotes.
 * Postings are plain arrays, so 100× the bundled knowledge stays within a few MB.
 */
public final class SearchIndex {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final float TITLE = 3f;
    private static final float REGION = 2f;
    private static final float BODY = 1f;
    private static final float QUOTE = 0.5f;

    private final List<IndexedFact> facts = new ArrayList<>();
    private final Map<String, Postings> postings = new HashMap<>();
    /** Per fact, BM25's length normalisation k1·(1 − b + b·length/average), computed once. */
    private final float[] norms;

    public SearchIndex(KnowledgeSnapshot snapshot) {
        float totalLength = 0;
        for (PolicyFact fact : snapshot.allFacts()) {
            Region region = snapshot.region(fact.header().regionCode()).orElseThrow();
            List<String> body = new ArrayList<>();
            if (fact.getDescription() != null) {
                body.add(fact.getDescription());
            }
            collectTexts(snapshot.detailsOf(fact), body);
            List<String> quotes = fact.getCitations().stream().map(Citation::quote).filter(q -> q != null).toList();

            Map<String, Float> weights = new LinkedHashMap<>();
            float length = add(weights, fact.getTitle(), TITLE);
            length += add(weights, String.join(" ", region.name(), region.shortName(), String.join(" ",
                    region.aliases())), REGION);
            for (String text : body) {
                length += add(weights, text, BODY);
            }
            for (String quote : quotes) {
                length += add(weights, quote, QUOTE);
            }
            int doc = facts.size();
            List<String> snippetTexts = new ArrayList<>(body);
            snippetTexts.addAll(quotes);
            facts.add(new IndexedFact(fact, PolicyFacts.kindOf(fact), region, List.copyOf(snippetTexts),
                    normalized(snippetTexts), length));
            totalLength += length;
            weights.forEach((term, weight) -> postings.computeIfAbsent(term, t -> new Postings()).add(doc, weight));
        }
        postings.values().forEach(Postings::trim);
        float averageLength = facts.isEmpty() ? 1 : totalLength / facts.size();
        norms = new float[facts.size()];
        for (int doc = 0; doc < norms.length; doc++) {
            norms[doc] = K1 * (1 - B + B * facts.get(doc).length() / averageLength);
        }
    }

    public int size() {
        return facts.size();
    }

    public int termCount() {
        return postings.size();
    }

    IndexedFact fact(int doc) {
        return facts.get(doc);
    }

    /**
     * Of the facts that share a term with the query (scored once per query, {@link QueryTerms#scoresIn}) and pass the
     * filter, the best {@code limit} document numbers, best first (ties in knowledge order), with their scores.
     */
    List<ScoredFact> top(QueryTerms query, IntPredicate accept, int limit) {
        int n = facts.size();
        float[] scores = query.scoresIn(this);
        // A bounded heap keeps the best few without sorting every fact that matched one common word.
        PriorityQueue<ScoredFact> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (int doc = 0; doc < n; doc++) {
            if (scores[doc] > 0 && (best.size() < limit || scores[doc] > best.peek().score()) && accept.test(doc)) {
                best.add(new ScoredFact(doc, scores[doc]));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<ScoredFact> ordered = new ArrayList<>(best);
        ordered.sort(BEST_FIRST);
        return ordered;
    }

    /** Every fact's score for the query's terms (0 for a fact that shares none). */
    float[] scores(Map<String, Float> queryTerms) {
        int n = facts.size();
        float[] scores = new float[n];
        for (Map.Entry<String, Float> term : queryTerms.entrySet()) {
            Postings list = postings.get(term.getKey());
            if (list == null) {
                continue;
            }
            float weight = term.getValue() * (float) Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5)) * (K1 + 1);
            for (int i = 0; i < list.size; i++) {
                int doc = list.docs[i];
                float tf = list.weights[i];
                scores[doc] += weight * tf / (tf + norms[doc]);
            }
        }
        return scores;
    }

    /** Higher score first, then knowledge order; on the primitives, as the heap compares on every insert. */
    private static final Comparator<ScoredFact> BEST_FIRST = (a, b) -> a.score() != b.score()
            ? Float.compare(b.score(), a.score())
            : Integer.compare(a.doc(), b.doc());

    record ScoredFact(int doc, float score) {
    }

    /** The texts normalised; a text the normalising leaves as it is (most Chinese text) is shared, not copied. */
    private static List<String> normalized(List<String> texts) {
        return texts.stream().map(text -> {
            String normalized = Tokenizer.normalize(text);
            return normalized.equals(text) ? text : normalized;
        }).toList();
    }

    private static float add(Map<String, Float> weights, String text, float weight) {
        List<String> terms = Tokenizer.terms(Tokenizer.normalize(text));
        terms.forEach(term -> weights.merge(term, weight, Float::sum));
        return terms.size() * weight;
    }

    /** Every text value of a fact's details (materials, steps, channel names, notes…), depth first. */
    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node == null) {
            return;
        }
        if (node.isTextual() || node.isNumber()) {
            texts.add(node.asText());
        } else {
            node.forEach(child -> collectTexts(child, texts));
        }
    }

    /** The documents a term occurs in, with its field-weighted frequency in each; grown like an ArrayList. */
    private static final class Postings {
        int[] docs = new int[4];
        float[] weights = new float[4];
        int size;

        void add(int doc, float weight) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size++] = weight;
        }

        void trim() {
            docs = Arrays.copyOf(docs, size);
            weights = Arrays.copyOf(weights, size);
        }
    }
}
