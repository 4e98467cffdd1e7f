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

    /** Everyday words for places that sound like a place's name: 县城 (县 is also read xuan) like 宣城. */
    private static final List<String> ORDINARY = List.of("县城", "市区", "城区", "市里", "县里", "城里");

    private final KnowledgeSnapshot snapshot;
    private final OneSlip names;

    MistypedPlaces(KnowledgeSnapshot snapshot) {
        this.snapshot = snapshot;
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
                String typed = masked.substring(start, end);
                if (ORDINARY.contains(typed)) {
                    continue;
                }
                Optional<String> meant = slot ? PlaceSlot.fits(text, start, end) ? names.meant(typed) : Optional.empty()
                        : withLevel(typed) ? names.meant(typed).filter(name -> name.endsWith(typed.substring(2)))
                        : Optional.empty();
                if (meant.isPresent()) {
                    return Optional.of(new Mention(snapshot.regionsNamedAtAnyLevel(meant.get()), start, end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A county's name of three characters typed with its level as written (那个百城县, 问一下百城县): the level word
     * marks a place wherever it stands, so the slip is read after any word, as long as it is not in the level.
     */
    private static boolean withLevel(String typed) {
        return typed.length() == 3 && LEVELS.indexOf(typed.charAt(2)) >= 0;
    }

    private static final String LEVELS = "县";
}
