package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.yibao.atlas.assistant.RegionSpotter.Mention;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.search.Tokenizer;

/**
 * Reads a place name typed with one pinyin slip: 杭洲 for 杭州, 西按 for 西安, 拜成县 for 拜城县. A run of characters that
 * is a region's name with one character mistyped as a homophone is read as that name where a place is expected:
 * between the start of the question (or 在, 去, 到…) and 市, 的, 医保, 职工…. Ordinary words can sound like places
 * (通话 like 通化), so this is asked only of a question that names no place as written.
 */
final class MistypedPlaces {

    private static final int LONGEST_NAME = 8;
    private static final String BEFORE_A_PLACE = "在去到从回来住是";
    private static final List<String> AFTER_A_PLACE = List.of("市", "县", "省", "州", "区", "的", "医保", "职工", "社保",
            "人", "这边", "那边", "这里", "那里", "本地", "当地", "户口", "参保", "工作", "上班", "交", "地区", "医疗");

    private final KnowledgeSnapshot snapshot;
    private final OneSlip names;

    MistypedPlaces(KnowledgeSnapshot snapshot) {
        this.snapshot = snapshot;
        List<String> all = new ArrayList<>();
        for (Region region : snapshot.regions()) {
            for (String name : List.of(region.name(), region.shortName())) {
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
            if (!Tokenizer.isHan(masked.charAt(start)) || !placeMayStart(text, start)) {
                continue;
            }
            int run = start;
            while (run < masked.length() && run < start + LONGEST_NAME && Tokenizer.isHan(masked.charAt(run))) {
                run++;
            }
            for (int end = run; end >= start + 2; end--) {
                Optional<String> meant = placeMayEnd(text, end) ? names.meant(masked.substring(start, end))
                        : Optional.empty();
                if (meant.isPresent()) {
                    return Optional.of(new Mention(snapshot.regionsNamedAtAnyLevel(meant.get()), start, end));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean placeMayStart(String text, int start) {
        return start == 0 || !Tokenizer.isHan(text.charAt(start - 1)) || BEFORE_A_PLACE.indexOf(text.charAt(start - 1)) >= 0;
    }

    private static boolean placeMayEnd(String text, int end) {
        if (end == text.length() || !Tokenizer.isHan(text.charAt(end))) {
            return true;
        }
        for (String word : AFTER_A_PLACE) { // a plain loop: this runs for every window of a question naming no place
            if (text.startsWith(word, end)) {
                return true;
            }
        }
        return false;
    }
}
