package app.yibao.atlas.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.regions.Region;

@Description("A fact that matches a search, best first. Fetch the full fact through its region's slice of this kind.")
public record SearchHit(
        @NonNull FactKind kind,
        @NonNull @Id String factId,
        @NonNull @Description("The region whose fact this is: the one searched in, or the ancestor it inherits from.")
        Region region,
        @NonNull String title,
        @NonNull @Description("The passage that matched best, shortened with … where cut.") String snippet,
        @Description("Relevance (BM25); only meaningful to compare hits of one search.") double score,
        @NonNull List<@NonNull Citation> citations) {
}
