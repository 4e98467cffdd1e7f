package app.yibao.atlas.knowledge;

import java.util.List;

import app.yibao.atlas.regions.RegionLevel;

/** One row of the bundled list of administrative divisions. */
public record Division(String code, String parentCode, RegionLevel level, String name, String shortName,
        String abbreviation, List<String> aliases) {
}
