package app.yibao.atlas.assistant;

import java.util.List;

import app.yibao.atlas.search.Tokenizer;

/**
 * Where in a Chinese question a place name may stand: after the start, a space or punctuation, or 在, 去, 老家…; and
 * before the end, 市, 的, 医保, 这边, 上班… (or a workplace and 上班 or 交的: 在永城煤矿上班); or after 下 and before 的, 医保…
 * (查下汝州的医保). A name that is also an ordinary word (比如, 资源, 合作: names of counties) or that a slip makes of
 * one (通话 for 通化) is read as a place only there.
 */
final class PlaceSlot {

    // 在义乌, 去昆山, 老家瑞金, 我们理塘
    private static final String BEFORE_A_PLACE = "在去到从回来住是家们";
    private static final List<String> AFTER_A_PLACE = List.of("市", "县", "省", "州", "区", "的", "医保", "职工", "社保",
            "人", "这边", "那边", "这里", "那里", "本地", "当地", "户口", "参保", "参加", "工作", "上班", "交", "地区", "医疗保",
            "打工", "生活", "居住", "上学", "读书", "定居", "出差", "老家", "一家", "一个", "灵活就业", "个体");
    // 查下汝州的医保, 问一下拜城医保: after 下 (a verb's "a little") only before words that follow a place alone;
    // 了解一下合作医疗 is the cooperative medical scheme, not 合作市.
    private static final List<String> AFTER_A_PLACE_ASKED_OF = List.of("的", "市", "县", "医保", "社保");
    // What happened there (在昆山去世, 在义乌做外贸, 在库车跑出租), or where in it (住在汝州乡下), marks a place only right
    // after 在, 去, 到, 从 or 回: after the start or punctuation it follows ordinary words as well (比如住院, 比如农村).
    private static final String BEFORE_AN_EVENT = "在去到从回";
    private static final List<String> EVENTS = List.of("去世", "过世", "住院", "看病", "退休", "辞职", "离职", "做", "跑",
            "开", "送", "摆摊", "乡下", "农村");
    // 在永城煤矿上班, 在寿光蔬菜批发市场上班: a workplace named after the place, then the work, in one clause; or the
    // insurance it pays there (在延吉单位交的医保)
    private static final List<String> WORK = List.of("上班", "工作", "打工", "交的", "交了", "交医保", "交社保", "缴的",
            "参保");
    private static final int WORKPLACE = 8;

    private PlaceSlot() {
    }

    /** Whether the run from start to end stands where a place name may. */
    static boolean fits(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) == '下' && startsWithAny(text, end, AFTER_A_PLACE_ASKED_OF)) {
            return true;
        }
        if (!mayStart(text, start)) {
            return false;
        }
        if (mayEnd(text, end)) {
            return true;
        }
        return start > 0 && (BEFORE_AN_EVENT.indexOf(text.charAt(start - 1)) >= 0 && startsWithAny(text, end, EVENTS)
                || text.charAt(start - 1) == '在' && worksThere(text, end));
    }

    /** Whether the clause goes on, within a workplace's name, to say that someone works there. */
    private static boolean worksThere(String text, int end) {
        for (int at = end; at < Math.min(text.length(), end + WORKPLACE) && Tokenizer.isHan(text.charAt(at)); at++) {
            if (startsWithAny(text, at, WORK)) {
                return true;
            }
        }
        return false;
    }

    static boolean mayStart(String text, int start) {
        return start == 0 || !Tokenizer.isHan(text.charAt(start - 1)) || BEFORE_A_PLACE.indexOf(text.charAt(start - 1)) >= 0;
    }

    static boolean mayEnd(String text, int end) {
        if (end == text.length() || !Tokenizer.isHan(text.charAt(end))) {
            return true;
        }
        return startsWithAny(text, end, AFTER_A_PLACE);
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String word : words) { // a plain loop: this runs for every window of a question naming no place
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }
}
