package app.yibao.atlas.regions;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One administrative division. Immutable: part of the knowledge snapshot. */
@Description("An administrative division of China (GB/T 2260): the nation, a province, a prefecture-level city or a county.")
public record Region(
        @NonNull @Description("GB/T 2260 code, six digits; 000000 for the nation.") String code,
        @NonNull @Description("Full official name, e.g. 深圳市.") String name,
        @NonNull @Description("Common short name, e.g. 深圳.") String shortName,
        @NonNull RegionLevel level,
        @Ignore String parentCode,
        @NonNull @Description("Other names this region is found by: short name, one-character abbreviation, pinyin or English.")
        List<@NonNull String> aliases) {

    public Region {
        aliases = List.copyOf(aliases);
    }

    /** The code, as the id normalized client caches (Apollo Client, urql, Relay) key regions by. */
    @Id
    @NonNull
    @Description("The GB/T 2260 code: what client caches key a region by.")
    public String getId() {
        return code;
    }
}
