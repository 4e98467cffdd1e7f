package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.yibao.atlas.assistant.RegionSpotter.Mention;
import app.yibao.atlas.search.Lexicon;
import app.yibao.atlas.search.Tokenizer;

/**
 * Reads the domain's words typed with one pinyin slip: 利西 for 利息, 逸苗 for 疫苗, 才料 for 材料, 自主机 for 自助机. Any
 * word of the lexicon (two to four characters) is found so, not only the slips seen before. Grammar's characters
 * are left alone, and so are place names and the words a slip would cut into.
 */
final class MistypedWords {

    private static final int LONGEST = 4;
    /**
     * The commonest characters of grammar and everyday speech: a run that holds one as typed is too often the word
     * meant (要去医院 is not 要取, 那部分 not 哪部分, 帮我把 not 帮我爸), so it is neither corrected nor corrected to.
     */
    private static final String COMMON = "的了在是去来那哪能要我你他她它给把么什时年一不也都就还和有没会可以这个吗呢吧啊多少"
            + "上下里到说看想做用交市县区省人大小中后过得地着又从对让被与或但而为所如果天月日些每次请问该";
    /**
     * Everyday words that read as a slip of a domain word, or that a slip would cut into: 国际 is not 国籍, 直接转 not
     * 结转, 自己承担 not 继承, 注意保护 not 医保. (The source articles, read for slips, show them; 体现 is left to be read
     * as 提现, which questions about the account mean by it far more often.)
     */
    private static final List<String> EVERYDAY = List.of("直接", "自己", "公司", "单位", "注意", "健康", "权益", "妥善",
            "意外", "国际", "记入", "公共", "补助", "权威", "工厂", "农场");
    private static final List<String> KNOWN = List.copyOf(Lexicon.chineseWords());
    /** The lexicon's words and the everyday ones, kept as typed. */
    private static final WordFinder KEPT_WORDS = keptWords();
    private static final OneSlip WORDS = new OneSlip(targets());

    private MistypedWords() {
    }

    /**
     * The text with each slip replaced by the word meant. The lexicon's words as written keep their characters, and
     * so do the everyday words and {@code places}, the place names read in it (南京账户 is not 进账). Every replacement
     * has the length of the slip, so positions hold.
     */
    static String corrected(String text, List<Mention> places) {
        boolean[] kept = new boolean[text.length()];
        places.forEach(place -> mark(kept, place.start(), place.end()));
        KEPT_WORDS.find(text, (word, start) -> mark(kept, start, start + KEPT_WORDS.length(word)));
        char[] out = text.toCharArray();
        for (int start = 0; start + 2 <= text.length(); start++) {
            for (int end = Math.min(text.length(), start + LONGEST); end >= start + 2; end--) {
                Optional<String> meant = slipFor(text, start, end, kept);
                if (meant.isPresent()) {
                    meant.get().getChars(0, end - start, out, start);
                    start = end - 1;
                    break;
                }
            }
        }
        return new String(out);
    }

    private static Optional<String> slipFor(String text, int start, int end, boolean[] kept) {
        for (int i = start; i < end; i++) {
            if (kept[i] || !Tokenizer.isHan(text.charAt(i))) {
                return Optional.empty();
            }
        }
        String typed = text.substring(start, end);
        return WORDS.meant(typed).filter(word -> {
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) != typed.charAt(i)
                        && (COMMON.indexOf(typed.charAt(i)) >= 0 || COMMON.indexOf(word.charAt(i)) >= 0)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static void mark(boolean[] kept, int from, int to) {
        for (int i = from; i < to; i++) {
            kept[i] = true;
        }
    }

    private static WordFinder keptWords() {
        List<String> words = new ArrayList<>(KNOWN);
        words.addAll(EVERYDAY);
        return new WordFinder(words);
    }

    private static List<String> targets() {
        List<String> targets = new ArrayList<>();
        for (String word : KNOWN) {
            // a word with a grammar character as well (还能继续) is found by a slip in its other characters, if it has
            // two or more: one alone (线上, 死了) sounds like too many everyday words (相关, 显示了)
            if (word.length() >= 2 && word.length() <= LONGEST && word.chars().allMatch(c -> Tokenizer.isHan((char) c))
                    && word.chars().filter(c -> COMMON.indexOf(c) < 0).count() >= 2) {
                targets.add(word);
            }
        }
        return targets;
    }
}
