package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.yibao.atlas.assistant.RegionSpotter.Mention;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionLevel;
import app.yibao.atlas.search.Tokenizer;

/**
 * Reads a place name typed with one pinyin slip: 杭洲 for 杭州, 西按 for 西安, 拜成县 for 拜城县. A run of characters that
 * is a region's name with one character mistyped as a homophone is read as that name where a place is expected
 * ({@link PlaceSlot}). Ordinary words can sound like places (通话 like 通化), so this is asked only of a question that
 * names no place as written.
 */
final class MistypedPlaces {

    private static final int LONGEST_NAME = 8;

    /** Everyday words for places that sound like a place's name: 县城 (县 is also read xuan) like 宣城, 新城市 like 兴城市. */
    private static final List<String> ORDINARY = List.of("县城", "市区", "城区", "市里", "县里", "城里", "新城市");
    private static final char COUNTY = '县';

    private final KnowledgeSnapshot snapshot;
    private final OneSlip names;
    private final PlacesWithOwnRules withRules;

    MistypedPlaces(KnowledgeSnapshot snapshot, PlacesWithOwnRules withRules) {
        this.snapshot = snapshot;
        this.withRules = withRules;
        List<String> all = new ArrayList<>();
        for (Region region : snapshot.regions()) {
            // a county by its full name of three characters or more only: a slip in two characters (新领 for 新宁,
            // 知到县 for 道县) is too often a word
            List<String> names = region.level() != RegionLevel.COUNTY ? List.of(region.name(), region.shortName())
                    : region.name().length() > 2 ? List.of(region.name()) : List.of();
            for (String name : names) {
                if (name.length() <= LONGEST_NAME) {
                    all.add(name);
                }
            }
        }
        names = new OneSlip(all);
    }

    /**
     * The first place name typed with one slip, in {@code masked} (domain words blanked, as the spotter reads it);
     * {@code text} is the same text unmasked, for the words around it.
     */
    Optional<Mention> find(String masked, String text) {
        for (int start = 0; start < masked.length(); start++) {
            if (!Tokenizer.isHan(masked.charAt(start))) {
                continue;
            }
            boolean slot = PlaceSlot.mayStart(text, start);
            int run = start;
            while (run < masked.length() && run < start + LONGEST_NAME && Tokenizer.isHan(masked.charAt(run))) {
                run++;
            }
            for (int end = run; end >= start + 2; end--) {
                Optional<String> meant = meant(masked.substring(start, end), slot,
                        slot && PlaceSlot.fits(text, start, end));
                if (meant.isPresent()) {
                    return Optional.of(new Mention(snapshot.regionsNamedAtAnyLevel(meant.get()), start, end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A place typed with one slip right after the province named before it (新疆阿可苏 for 阿克苏, 四川省甘紫 for 甘孜): read only
     * as a place of that province, and only where a place name may end.
     */
    Optional<Mention> findAfter(Mention province, String masked, String text) {
        int start = province.end();
        int run = start;
        while (run < masked.length() && run < start + LONGEST_NAME && Tokenizer.isHan(masked.charAt(run))) {
            run++;
        }
        for (int end = run; end >= start + 2; end--) {
            if (!PlaceSlot.mayEnd(text, end) || ORDINARY.contains(masked.substring(start, end))) {
                continue;
            }
            for (String meant : names.allMeant(masked.substring(start, end))) {
                Region wider = province.regions().get(0);
                List<Region> within = snapshot.regionsNamedAtAnyLevel(meant).stream()
                        .filter(region -> SubjectPlace.isAncestor(snapshot, wider, region)).toList();
                if (!within.isEmpty()) {
                    return Optional.of(new Mention(within, start, end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The name {@code typed} is with a slip: where a place may start, if the run fits where a place is expected; and
     * anywhere, a county's name of three characters typed with its 县 as written (那个百城县, 问一下百城县, 在沙亚县棉花加工厂),
     * which marks a place wherever it stands.
     */
    private Optional<String> meant(String typed, boolean mayStart, boolean fits) {
        if (ORDINARY.contains(typed)) {
            return Optional.empty();
        }
        if (mayStart && fits) {
            return slipOf(typed);
        }
        boolean county = typed.length() == 3 && typed.charAt(2) == COUNTY;
        return county ? slipOf(typed).filter(name -> name.charAt(2) == COUNTY) : Optional.empty();
    }

    /**
     * The name typed with a slip; of two it may be (新禾县: 新河县 in Hebei, 新和县 in Aksu), the one of a place with rules
     * of its own, whose name people have reason to ask about.
     */
    private Optional<String> slipOf(String typed) {
        List<String> meant = names.allMeant(typed);
        return meant.stream().filter(name -> snapshot.regionsNamedAtAnyLevel(name).stream()
                .anyMatch(withRules::hasOwnOrBelow)).findFirst().or(() -> meant.stream().findFirst());
    }
}
