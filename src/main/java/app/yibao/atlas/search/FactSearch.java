package app.yibao.atlas.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.Region;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;

/** Ranked full-text search over the facts of the current snapshot; the index is built once per snapshot. */
@ApplicationScoped
public class FactSearch {

    private static final Logger LOG = Logger.getLogger(FactSearch.class);
    /** How many of the best facts are looked through for each kind's best: enough for every kind to appear. */
    private static final int BEST_PER_KIND_DEPTH = 60;

    @Inject
    KnowledgeStore store;

    /**
     * Builds the index right after the knowledge is loaded, so that the first search is as fast as the others. It is
     * built beside the start, not in it: the first answers do not wait for it, and a search that comes before it is
     * done waits for that build rather than starting another.
     */
    @ConfigProperty(name = "atlas.search.build-at-start", defaultValue = "true")
    boolean buildAtStart;

    void buildAtStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (buildAtStart) {
            KnowledgeSnapshot snapshot = store.current();
            Thread builder = new Thread(() -> indexOf(snapshot), "search-index");
            builder.setDaemon(true);
            builder.start();
        }
    }

    /**
     * The best facts for a text. With a region, only facts that answer for it: its own and those it inherits,
     * exactly as its policy slices inherit them.
     */
    public List<SearchHit> search(QueryTerms query, Region region, Set<FactKind> kinds, int first, LocalDate day) {
        return search(query, region, Set.of(), kinds, first, day);
    }

    /** As {@link #search}, and also the facts the region's sub-regions hold of their own (labelled with them). */
    public List<SearchHit> searchWithSubregions(QueryTerms query, Region region, Set<FactKind> kinds, int first,
            LocalDate day) {
        Set<String> subregions = new HashSet<>();
        addDescendants(store.current(), region, subregions);
        return search(query, region, subregions, kinds, first, day);
    }

    private List<SearchHit> search(QueryTerms query, Region region, Set<String> subregions, Set<FactKind> kinds,
            int first, LocalDate day) {
        KnowledgeSnapshot snapshot = store.current();
        SearchIndex index = indexOf(snapshot);
        Map<FactKind, String> owners = region == null ? null : ownersByKind(snapshot, region, day);
        IntPredicate accept = doc -> {
            IndexedFact indexed = index.fact(doc);
            // the region's checks first: they turn most facts away, and cost less than the dates'
            return (kinds.isEmpty() || kinds.contains(indexed.kind()))
                    && (owners == null || indexed.region().code().equals(owners.get(indexed.kind()))
                            || subregions.contains(indexed.region().code()))
                    && indexed.fact().header().appliesOn(day);
        };
        List<SearchHit> hits = new ArrayList<>();
        for (SearchIndex.ScoredFact scored : index.top(query, accept, first)) {
            IndexedFact indexed = index.fact(scored.doc());
            PolicyFact fact = indexed.fact();
            hits.add(new SearchHit(indexed.kind(), fact.getFactId(), indexed.region(), fact.getTitle(),
                    Snippets.best(indexed.snippetTexts(), indexed.normalizedSnippetTexts(), query,
                            fact.getTitle()),
                    Math.round(scored.score() * 1000) / 1000.0, fact.getCitations()));
        }
        return hits;
    }

    /**
     * How well the best-matching fact of each kind matches a text: the top score per kind among the facts that
     * answer for the region (all regions' facts when it is null). What the question is about, judged by what the
     * knowledge holds rather than by a word list.
     */
    public Map<FactKind, Double> bestScoreByKind(QueryTerms query, Region region, LocalDate day) {
        KnowledgeSnapshot snapshot = store.current();
        SearchIndex index = indexOf(snapshot);
        Map<FactKind, String> owners = region == null ? null : ownersByKind(snapshot, region, day);
        IntPredicate accept = doc -> {
            IndexedFact indexed = index.fact(doc);
            return (owners == null || indexed.region().code().equals(owners.get(indexed.kind())))
                    && indexed.fact().header().appliesOn(day);
        };
        Map<FactKind, Double> best = new EnumMap<>(FactKind.class);
        for (SearchIndex.ScoredFact scored : index.top(query, accept, BEST_PER_KIND_DEPTH)) {
            best.putIfAbsent(index.fact(scored.doc()).kind(), (double) scored.score());
        }
        return best;
    }

    /** How well each of the given facts matches a text (0 when not at all), by fact id: to order an answer. */
    public Map<String, Double> scoresOf(QueryTerms query, Collection<? extends PolicyFact> facts) {
        Set<String> wanted = new HashSet<>();
        facts.forEach(fact -> wanted.add(fact.getFactId()));
        SearchIndex index = indexOf(store.current());
        Map<String, Double> scores = new HashMap<>();
        for (SearchIndex.ScoredFact scored : index.top(query,
                doc -> wanted.contains(index.fact(doc).fact().getFactId()), Math.max(1, wanted.size()))) {
            scores.put(index.fact(scored.doc()).fact().getFactId(), (double) scored.score());
        }
        return scores;
    }

    /** How much of a text the question's terms (its own and its concepts' words) cover: to pick passages. */
    public static double overlap(QueryTerms query, String text) {
        if (text == null) {
            return 0;
        }
        Map<String, Float> terms = query.weights();
        double score = 0;
        for (String term : Tokenizer.terms(Lexicon.correct(Tokenizer.normalize(text)))) {
            score += terms.getOrDefault(term, 0f);
        }
        return score;
    }

    private static void addDescendants(KnowledgeSnapshot snapshot, Region region, Set<String> codes) {
        for (Region child : snapshot.childrenOf(region)) {
            codes.add(child.code());
            addDescendants(snapshot, child, codes);
        }
    }

    /** For each kind, the region whose facts of that kind answer for this one on that day. */
    private static Map<FactKind, String> ownersByKind(KnowledgeSnapshot snapshot, Region region, LocalDate day) {
        Map<FactKind, String> owners = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.values()) {
            snapshot.ownerOf(region, kind, fact -> fact.header().appliesOn(day))
                    .ifPresent(owner -> owners.put(kind, owner.code()));
        }
        return owners;
    }

    private static SearchIndex indexOf(KnowledgeSnapshot snapshot) {
        return snapshot.derived(SearchIndex.class, FactSearch::build);
    }

    private static SearchIndex build(KnowledgeSnapshot snapshot) {
        long start = System.nanoTime();
        SearchIndex index = new SearchIndex(snapshot);
        LOG.infof("Search index built: %d facts, %d terms in %d ms", index.size(), index.termCount(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
