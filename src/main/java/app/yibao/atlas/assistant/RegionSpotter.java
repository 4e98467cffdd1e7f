package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.List;

import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.search.Lexicon;
import app.yibao.atlas.search.Tokenizer;

/**
 * Finds the places a question names, in Chinese (深圳, 深圳市, 库车) or in Latin letters (Shenzhen, Tai'an),
 * longest name first. One-character abbreviations (粤, 京) are left out: in running text they are ordinary
 * characters. Domain words are masked first, so that 医保定点 does not read as 保定. Built once per snapshot.
 */
final class RegionSpotter {

    private static final int LONGEST_NAME = 12;

    private final KnowledgeSnapshot snapshot;
    private final List<String> maskedWords;
    private final MistypedPlaces mistyped;

    RegionSpotter(KnowledgeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.mistyped = new MistypedPlaces(snapshot);
        maskedWords = Lexicon.chineseWords().stream()
                .filter(word -> word.length() > 1 && snapshot.regionsNamed(word).isEmpty())
                .sorted((a, b) -> b.length() - a.length())
                .toList();
    }

    /**
     * A place named in the text: every region its name fits, at any level, higher first (阿克苏: the prefecture,
     * then the city; Suzhou: 苏州 and 宿州), and where.
     */
    record Mention(List<Region> regions, int start, int end) {
    }

    /** The places named, in order of mention; failing any, a place name typed with one pinyin slip. */
    List<Mention> spot(String normalized) {
        List<Mention> found = new ArrayList<>();
        String text = mask(normalized);
        int i = 0;
        while (i < text.length()) {
            int matched = Tokenizer.isHan(text.charAt(i)) ? matchChinese(text, i, found) : matchLatin(text, i, found);
            i += Math.max(matched, 1);
        }
        if (found.isEmpty()) {
            mistyped.find(text, normalized).ifPresent(found::add);
        }
        return found;
    }

    private int matchChinese(String text, int start, List<Mention> found) {
        // A Chinese name is a run of Han characters: only substrings within the run are looked up.
        int run = start;
        while (run < text.length() && run < start + LONGEST_NAME
                && (Tokenizer.isHan(text.charAt(run)) || text.charAt(run) == '·')) {
            run++;
        }
        for (int end = run; end >= start + 2; end--) {
            List<Region> regions = snapshot.regionsNamedAtAnyLevel(text.substring(start, end));
            if (!regions.isEmpty()) {
                found.add(new Mention(regions, start, end));
                return end - start;
            }
        }
        return 1;
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
            if (!pair.isEmpty()) {
                found.add(new Mention(pair, start, secondEnd));
                return secondEnd - start;
            }
        }
        List<Region> word = end - start < 2 ? List.of()
                : snapshot.regionsNamedAtAnyLevel(text.substring(start, end));
        if (!word.isEmpty()) {
            found.add(new Mention(word, start, end));
        }
        return end - start;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && !Tokenizer.isHan(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private String mask(String text) {
        String masked = text;
        for (String word : maskedWords) {
            if (masked.contains(word)) {
                masked = masked.replace(word, " ".repeat(word.length()));
            }
        }
        return masked;
    }
}
