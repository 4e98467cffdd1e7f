package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionLevel;
import app.yibao.atlas.search.Lexicon;
import app.yibao.atlas.search.Tokenizer;

/**
 * Finds the places a question names, in Chinese (深圳, 深圳市, 库车) or in Latin letters (Shenzhen, Tai'an),
 * longest name first. One-character abbreviations (粤, 京) are left out: in running text they are ordinary
 * characters; a county's name that may be a word is read only where a place is expected. Domain words are masked
 * first, so that 医保定点 does not read as 保定. Built once per snapshot.
 */
final class RegionSpotter {

    private static final int LONGEST_NAME = 12;
    private static final Pattern LATIN_PLACE_BEFORE = Pattern.compile(
            "(^|[^a-z\\s]|\\b(in|at|from|to|of|near|around|for|and))\\s*$");
    private static final Pattern LATIN_PLACE_AFTER = Pattern.compile(
            "\\s*(county|city|shi|xian|medical|insurance|social|yibao|bureau)\\b");

    private static final Pattern STREET_NUMBER = Pattern.compile("[路街]\\s*[0-9一二三四五六七八九十百]+\\s*号");

    private final KnowledgeSnapshot snapshot;
    private final List<String> maskedWords;
    private final WordFinder maskedWordFinder;
    private final MistypedPlaces mistyped;
    private final PlacesWithOwnRules withRules;
    private final BrandNames brands;

    /**
     * {@code withRules} is the snapshot's own (built before this, as a derived structure may not be built from within
     * another's builder): of two places a slip may mean, the one with rules of its own is read.
     */
    RegionSpotter(KnowledgeSnapshot snapshot, PlacesWithOwnRules withRules) {
        this.snapshot = snapshot;
        this.mistyped = new MistypedPlaces(snapshot, withRules);
        this.withRules = withRules;
        this.brands = new BrandNames(snapshot);
        maskedWords = Lexicon.chineseWords().stream()
                .filter(word -> word.length() > 1 && snapshot.regionsNamed(word).isEmpty())
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        maskedWordFinder = new WordFinder(maskedWords);
    }

    /**
     * A place named in the text: every region its name fits, at any level, higher first (阿克苏: the prefecture,
     * then the city; Suzhou: 苏州 and 宿州), and where.
     */
    record Mention(List<Region> regions, int start, int end) {
    }

    /**
     * The places named, in order of mention; failing any, the region a brand named is of (湘医保), or a place name typed
     * with one pinyin slip (or, after a province alone, one of its places typed so).
     */
    List<Mention> spot(String normalized) {
        List<Mention> found = new ArrayList<>();
        String text = mask(normalized);
        int i = 0;
        while (i < text.length()) {
            int matched = Tokenizer.isHan(text.charAt(i)) ? matchChinese(text, normalized, i, found)
                    : matchLatin(text, i, found);
            i += Math.max(matched, 1);
        }
        if (found.isEmpty()) {
            brands.find(normalized).or(() -> mistyped.find(text, normalized)).ifPresent(found::add);
        } else if (found.size() == 1 && found.get(0).regions().get(0).level() == RegionLevel.PROVINCE) {
            mistyped.findAfter(found.get(0), text, normalized).ifPresent(found::add);
        }
        return found;
    }

    /** {@code text} has the domain words masked; {@code unmasked} is the same text as written, for the words around. */
    private int matchChinese(String text, String unmasked, int start, List<Mention> found) {
        // A Chinese name is a run of Han characters: only substrings within the run are looked up.
        int run = start;
        while (run < text.length() && run < start + LONGEST_NAME
                && (Tokenizer.isHan(text.charAt(run)) || text.charAt(run) == '·')) {
            run++;
        }
        for (int end = run; end >= start + 2; end--) {
            String name = text.substring(start, end);
            List<Region> regions = snapshot.regionsNamedAtAnyLevel(name);
            if (!regions.isEmpty() && STREET_NUMBER.matcher(unmasked).region(end, unmasked.length()).lookingAt()) {
                return end - start; // 北京路67号: a street named after a place, not the place
            }
            if (!regions.isEmpty() && (!mayBeWord(name, regions) || inPlaceSlot(unmasked, start, end, regions, found)
                    || countyWhereAPlaceStarts(name, regions, unmasked, start))) {
                found.add(new Mention(withOwnRulesFirst(regions), start, end));
                return end - start;
            }
        }
        return 1;
    }

    /**
     * Whether a county's name may also be an ordinary word: its short name (比如, 资源, 合作, 南部) or a full name of two
     * characters (成县, 道县: 完成县里, 知道县里). A longer full name (嘉禾县, 昆山市) is a place wherever it stands.
     */
    private static boolean mayBeWord(String name, List<Region> regions) {
        return regions.get(0).level() == RegionLevel.COUNTY
                && (name.length() <= 2 || regions.stream().noneMatch(region -> region.name().equals(name)));
    }

    /**
     * A county's full name of two characters ending in 县 (歙县, 沛县) is a place wherever a place may start, whatever
     * follows (歙县打12333): 成县 and 道县 are words' ends (完成县里, 知道县里), where no place starts.
     */
    private static boolean countyWhereAPlaceStarts(String name, List<Region> regions, String text, int start) {
        return name.length() == 2 && name.charAt(1) == '县' && PlaceSlot.mayStart(text, start)
                && regions.stream().anyMatch(region -> region.name().equals(name));
    }

    /**
     * Where a place is expected ({@link PlaceSlot}): right after another place (江苏昆山, 南充仪陇), or after 的 when it lies
     * within the place before (阿克苏的库车; 深圳的合作医疗 names no 合作市); else after the start, punctuation, 在, 去,
     * 老家… and before 市, 的, 医保, 一家, 上班… (or after 在 and before 去世, 做…). 比如打电话, 比如住院, 在东方医院 and
     * 去公安局 name no place.
     */
    private boolean inPlaceSlot(String text, int start, int end, List<Region> regions, List<Mention> found) {
        if (found.isEmpty()) {
            return PlaceSlot.fits(text, start, end);
        }
        Mention last = found.get(found.size() - 1);
        boolean withinLast = last.end() == start - 1 && text.charAt(start - 1) == '的' && regions.stream()
                .anyMatch(region -> SubjectPlace.isAncestor(snapshot, last.regions().get(0), region));
        return last.end() == start || withinLast || PlaceSlot.fits(text, start, end);
    }

    /**
     * Of places of one level a name fits alike (Xinhe: 新河县 in Hebei and 新和县 in Xinjiang), the one with rules of its
     * own (or below it) first: it is the one the sources let a question be asked about.
     */
    private List<Region> withOwnRulesFirst(List<Region> regions) {
        if (regions.size() < 2 || regions.get(1).level() != regions.get(0).level()) {
            return regions;
        }
        int sameLevel = 1;
        while (sameLevel < regions.size() && regions.get(sameLevel).level() == regions.get(0).level()) {
            sameLevel++;
        }
        List<Region> ordered = new ArrayList<>(regions);
        ordered.subList(0, sameLevel).sort(Comparator.comparing(region -> !withRules.hasOwnOrBelow(region)));
        return List.copyOf(ordered);
    }

    /** A Latin word, or two joined (Tai An, Inner Mongolia), that is a name; otherwise the word is skipped. */
    private int matchLatin(String text, int start, List<Mention> found) {
        if (!Character.isLetter(text.charAt(start)) || start > 0 && Character.isLetter(text.charAt(start - 1))) {
            return 1;
        }
        int end = wordEnd(text, start);
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\'' || text.charAt(next) == '’')) {
            next++;
        }
        if (next > end && next < text.length() && Character.isLetter(text.charAt(next))) {
            int secondEnd = wordEnd(text, next);
            List<Region> pair = snapshot.regionsNamedAtAnyLevel(text.substring(start, end)
                    + text.substring(next, secondEnd));
            if (!pair.isEmpty() && (!onlyCounties(pair) || inLatinPlaceSlot(text, start, secondEnd))) {
                found.add(new Mention(withOwnRulesFirst(pair), start, secondEnd));
                return secondEnd - start;
            }
        }
        List<Region> word = end - start < 2 ? List.of()
                : snapshot.regionsNamedAtAnyLevel(text.substring(start, end));
        if (!word.isEmpty() && (!onlyCounties(word) || inLatinPlaceSlot(text, start, end))) {
            found.add(new Mention(withOwnRulesFirst(word), start, end));
        }
        return end - start;
    }

    private static boolean onlyCounties(List<Region> regions) {
        return regions.get(0).level() == RegionLevel.COUNTY;
    }

    /**
     * In Latin letters a county's pinyin may be an English word (Mile, Dean, Bole): it is read as a place at the start,
     * after punctuation or Chinese, after in, at, from…, or before county, city or medical insurance (the Kuqa medical
     * insurance centre); "a mile away" names no place.
     */
    private static boolean inLatinPlaceSlot(String text, int start, int end) {
        return LATIN_PLACE_BEFORE.matcher(text).region(0, start).find()
                || LATIN_PLACE_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && !Tokenizer.isHan(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private String mask(String text) {
        // Only the words the text holds are masked, longest first as listed (a word masked can hide a shorter one).
        BitSet held = new BitSet(maskedWords.size());
        maskedWordFinder.find(text, (word, start) -> held.set(word));
        String masked = text;
        for (int word = held.nextSetBit(0); word >= 0; word = held.nextSetBit(word + 1)) {
            String name = maskedWords.get(word);
            masked = masked.replace(name, " ".repeat(name.length()));
        }
        return masked;
    }
}
