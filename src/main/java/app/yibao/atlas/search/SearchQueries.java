package app.yibao.atlas.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.yibao.atlas.api.AmbiguousRegionException;
import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.api.PolicyClock;
import app.yibao.atlas.api.RegionNotFoundException;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionCodes;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;
import jakarta.inject.Inject;

/** Full-text search over every fact, for chatbots that start from a person's words. */
@GraphQLApi
public class SearchQueries {

    static final int MAX_HITS = 50;
    static final int MAX_TEXT = 500;

    @Inject
    FactSearch search;

    @Inject
    KnowledgeStore store;

    @Query
    @NonBlocking
    @Description("Facts ranked by relevance to a text in Chinese or English (titles, descriptions, materials, steps, "
            + "quotes). With region (name or code): only what answers for that region, its own facts or inherited ones.")
    public @NonNull List<@NonNull SearchHit> search(@Name("text") @NonNull String text, @Name("region") String region,
            @Name("kinds") @Description("Only facts of these kinds (default: all).") List<FactKind> kinds, @Name("first") @DefaultValue("10") Integer first,
            @Name("asOf") @Description("Only facts that applied on this day (default: today in China).")
            @ToScalar(Scalar.Date.class) String asOf)
            throws InvalidArgumentException, RegionNotFoundException, AmbiguousRegionException {
        requireText("text", text);
        if (first == null || first < 1 || first > MAX_HITS) {
            throw new InvalidArgumentException("first", first, "Ask for 1 to " + MAX_HITS + " hits.");
        }
        Region where = region == null ? null : RegionCodes.byNameOrCode(store.current(), "region", region);
        // A List<@NonNull …> argument would be declared [FactKind!]! by SmallRye (its issue #753), refusing
        // omitted kinds and nullable variables; so it is [FactKind] and a null element is refused here.
        if (kinds != null && kinds.contains(null)) {
            throw new InvalidArgumentException("kinds", kinds, "List fact kinds without null, e.g. [USAGE_SCENARIO].");
        }
        Set<FactKind> wanted = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        return search.search(QueryTerms.of(text), where, wanted, first, PolicyClock.asOf(asOf));
    }

    /** A text argument must say something, and not a whole document. */
    public static void requireText(String argument, String text) throws InvalidArgumentException {
        if (text.isBlank()) {
            throw new InvalidArgumentException(argument, text, "Give some words, e.g. 深圳 药店, or a question such as 深圳医保余额怎么查?");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidArgumentException(argument, text.substring(0, 20) + "…",
                    "Keep it under " + MAX_TEXT + " characters: a question or a few keywords.");
        }
    }
}
