package app.yibao.atlas.regions;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of regions, in code order.")
public record RegionConnection(
        @NonNull List<@NonNull RegionEdge> edges,
        @NonNull PageInfo pageInfo,
        @Description("How many regions match, over all pages.") int totalCount) {
}
