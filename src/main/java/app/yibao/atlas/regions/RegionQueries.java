package app.yibao.atlas.regions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import app.yibao.atlas.api.AmbiguousRegionException;
import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.api.RegionNotFoundException;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.knowledge.KnowledgeStore;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;

/** Finding regions: one by name or code, or a page of them for a city picker. */
@GraphQLApi
public class RegionQueries {

    static final int MAX_PAGE = 500;

    @Inject
    KnowledgeStore store;

    @Query
    @NonBlocking
    @Description("One region, by name (any alias: 深圳, 深圳市, Shenzhen) or by GB/T 2260 code. Give exactly one.")
    public Region region(@Name("name") String name, @Name("code") String code)
            throws InvalidArgumentException, RegionNotFoundException, AmbiguousRegionException {
        KnowledgeSnapshot knowledge = store.current();
        if ((name == null) == (code == null)) {
            throw new InvalidArgumentException("name", name, "Give either a name or a code, not "
                    + (name == null ? "neither" : "both") + ".");
        }
        return code != null ? RegionCodes.byCode(knowledge, "code", code) : RegionCodes.byName(knowledge, "name", name);
    }

    @Query
    @NonBlocking
    @Description("Regions in code order, optionally of one level and/or directly under one parent (parentCode); paged with first/after.")
    public @NonNull RegionConnection regions(@Name("level") RegionLevel level, @Name("parentCode") String parentCode,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after)
            throws InvalidArgumentException, RegionNotFoundException {
        KnowledgeSnapshot knowledge = store.current();
        if (first == null || first < 1 || first > MAX_PAGE) {
            throw new InvalidArgumentException("first", first, "Ask for 1 to " + MAX_PAGE + " regions per page.");
        }
        String afterCode = after == null ? null : RegionCursor.codeOf(after);
        List<Region> candidates = parentCode == null ? knowledge.regions()
                : knowledge.childrenOf(RegionCodes.byCode(knowledge, "parentCode", parentCode));
        List<Region> matching = candidates.stream().filter(region -> level == null || region.level() == level).toList();
        List<RegionEdge> page = new ArrayList<>();
        boolean more = false;
        for (Region region : matching) {
            if (afterCode != null && region.code().compareTo(afterCode) <= 0) {
                continue;
            }
            if (page.size() == first) {
                more = true;
                break;
            }
            page.add(new RegionEdge(RegionCursor.of(region), region));
        }
        String endCursor = page.isEmpty() ? null : page.get(page.size() - 1).cursor();
        return new RegionConnection(page, new PageInfo(more, endCursor), matching.size());
    }

    @Description("The region this one belongs to; null for the nation.")
    public Region parent(@Source Region region) {
        return store.current().parentOf(region).orElse(null);
    }
}
