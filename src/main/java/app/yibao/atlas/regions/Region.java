package app.yibao.atlas.regions;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

/** One administrative division. Immutable: part of the knowledge snapshot. */
@Description("An administrative division of China (GB/T 2260): the nation, a province, a prefecture-level city or a county.")
public record Region(
        @Description("GB/T 2260 code, six digits; 000000 for the nation.") String code,
        @Description("Full official name, e.g. 深圳市.") String name,
        @Description("Common short name, e.g. 深圳.") String shortName,
        RegionLevel level,
        @Ignore String parentCode,
        @Description("Other names this region is found by: short name, one-character abbreviation, pinyin or English.") List<String> aliases) {

    public Region {
        aliases = List.copyOf(aliases);
    }

    public boolean isNation() {
        return parentCode == null;
    }
}
