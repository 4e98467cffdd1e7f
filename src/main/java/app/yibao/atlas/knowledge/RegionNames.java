package app.yibao.atlas.knowledge;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import app.yibao.atlas.regions.Region;

/**
 * Finds a region by any of its names: full name, short name, abbreviation, pinyin or English, ignoring case,
 * spaces, apostrophes and dashes ("Tai'an" = "taian"). Where a name fits several regions (吉林省 and 吉林市 are
 * both 吉林) the higher level wins, then the full name over an alias.
 */
final class RegionNames {

    private static final Pattern IGNORED = Pattern.compile("[\\s'’\\-.·]+");

    private final Map<String, Region> byName = new HashMap<>();

    RegionNames(Collection<Region> regions) {
        regions.forEach(region -> add(region.name(), region));
        regions.forEach(region -> region.aliases().forEach(alias -> add(alias, region)));
    }

    Optional<Region> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    private void add(String name, Region region) {
        byName.merge(key(name), region, (kept, other) -> other.level().ordinal() < kept.level().ordinal() ? other : kept);
    }

    static String key(String name) {
        return IGNORED.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
