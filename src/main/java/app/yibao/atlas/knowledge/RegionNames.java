package app.yibao.atlas.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import app.yibao.atlas.regions.Region;

/**
 * Finds regions by any of their names: full name, short name, abbreviation, pinyin or English, ignoring case,
 * spaces, apostrophes and dashes ("Tai'an" = "taian"), in simplified or traditional characters (東莞 = 东莞). Where
 * a name fits regions of different levels (吉林省 and 吉林市 are both 吉林) the higher level wins; where it fits
 * several of the same level (Suzhou: 苏州市 and 宿州市) all of them are returned, for the caller to report.
 */
final class RegionNames {

    private static final Pattern IGNORED = Pattern.compile("[\\s'’\\-.·]+");

    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, List<Region>> everyLevel = new HashMap<>();

    RegionNames(Collection<Region> regions) {
        for (Region region : regions) {
            add(region.name(), region);
            region.aliases().forEach(alias -> add(alias, region));
        }
    }

    /** The regions a name fits best: none, one, or several of the same level. */
    List<Region> find(String name) {
        return List.copyOf(byName.getOrDefault(key(name), List.of()));
    }

    /** Every region a name fits, whatever its level, higher levels first: for reading a name in context. */
    List<Region> findAll(String name) {
        return List.copyOf(everyLevel.getOrDefault(key(name), List.of()));
    }

    private void add(String name, Region region) {
        List<Region> all = everyLevel.computeIfAbsent(key(name), key -> new ArrayList<>());
        if (!all.contains(region)) {
            all.add(region);
            all.sort(java.util.Comparator.comparing(Region::level));
        }
        List<Region> best = byName.computeIfAbsent(key(name), key -> new ArrayList<>());
        int level = region.level().ordinal();
        if (best.isEmpty() || level < best.get(0).level().ordinal()) {
            best.clear();
            best.add(region);
        } else if (level == best.get(0).level().ordinal() && !best.contains(region)) {
            best.add(region);
        }
    }

    static String key(String name) {
        if (isKey(name)) {
            // the common case when scanning a question: no matcher or normal form to build
            return TraditionalChinese.simplified(name);
        }
        return TraditionalChinese.simplified(IGNORED.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                .replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** Whether a name is its own key: only unified Han ideographs, lower-case ASCII letters and digits. */
    private static boolean isKey(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c >= '\u4e00' && c <= '\u9fff' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
