package app.yibao.atlas.assistant;

import java.util.List;
import java.util.regex.Pattern;

import app.yibao.atlas.assistant.RegionSpotter.Mention;

/**
 * What the words around a place name say about its part in a question: the place of the account asked about
 * (在南京交的医保, 医保是在温宿县参的, 库车市医保中心, 库车这边的钱, 想问荆州那边, insured in Nanjing), a place left that the
 * account may still be in (原来在南京, moving from Nanjing to…), the asker's own workplace, where employee insurance is
 * paid (我在深圳上班，老家湖北: weaker than the account's own words), a place someone only lives in, travels to, winters in,
 * comes from or moves to (户口在, 老家, 出差到, 在海南过冬, 玉林人, 从湖南来, 四川来阿克苏市, 我四川达州的，在深圳跑外卖, 跳槽去了杭州,
 * 杭州那边不接收, 转给在成都的女儿, live in, moving to), or a place already dealt with (南京的我问过了, 上海的同事说).
 */
final class PlaceCues {

    static final int ACCOUNT = 3;
    static final int FORMER = 1;
    static final int RESIDENCE = -2;
    static final int DEALT_WITH = -3;
    /** Where the asker works (我在深圳上班，医保卡落在湖北老家): employee insurance is paid where one works. */
    static final int WORKPLACE = 1;
    /** Where the asker comes from (我是广西玉林人，在深圳做保安): less the account's place than one they live in. */
    static final int ORIGIN = -3;
    /** Where one went on paying after moving (后来回毕节老家…又交了四年): the account now, over one paid in before. */
    static final int RESUMED = 4;

    // 老家的医保, 老家个人账户: the insurance kept in the home town
    private static final String HOME_INSURANCE = "老家的?(医保|社保|个人账户|账户)";
    // A space between Chinese words ends a clause too, in text typed without stops (我在深圳送外卖 现在要回湖南老家).
    private static final String STOP = "[^,.。;!?、\\s]";
    // Within the clause: "深圳的医保余额怎么提我知道了，南京的…" has dealt with 深圳 as a whole.
    private static final Pattern DEALT_WITH_AFTER = Pattern.compile("^\\s*" + STOP + "{0,14}?(已经有了|问过了|查过了|知道了|看过了"
            + "|了解过了|了解了|办过了|有了|我知道)|^" + STOP + "{0,6}?的(朋友|同事|同学|亲戚|邻居)|^(朋友|同事|同学|亲戚|邻居)");
    // A place that will not take the balance in (杭州那边说不接收个人账户余额, Guangzhou says it won't accept it) is the one
    // moved to, whatever account words follow: the account is still in the place left.
    private static final Pattern DECLINES_AFTER = Pattern.compile("^(这边|那边|这里|那里)?(的)?(医保部门|医保局|社保局|医保"
            + "|社保)?(说)?(也)?(不一定|可能)?(不接收|不收|不接受)"
            + "|^\\s*(says|said)?\\s*(it|they)?\\s*(won't|will not|doesn't|does not|refuses to)\\s*(accept|take)\\b");
    // 杭州那边说可以接收医保个人账户余额, 南宁那边愿意接收: a place that says it will take the balance in is the one moved to as well
    private static final Pattern ACCEPTS_AFTER = Pattern.compile("^(这边|那边|这里|那里)?(的)?(医保部门|医保局|社保局|医保"
            + "|社保)?(说[^，,。；;？?！!]{0,6}?(可以|能|会)|愿意|同意|肯)(接收|接受|转过去|转进来|转入)");
    // 我朋友在无锡没有医保: a place where someone has no insurance is no account's place, whatever account words follow
    private static final Pattern NO_ACCOUNT_AFTER = Pattern.compile("^" + STOP + "{0,4}?(没有|没|没交|没参加|没买|不交)(职工)?"
            + "(医保|社保|参保|医疗保险)");
    private static final Pattern ACCOUNT_AFTER = Pattern.compile("^(这边|那边|这里|那里)?的钱|^\\s*" + STOP + "{0,8}?(医保|社保"
            + "|参保|医疗保险|医疗保障|个人账户|账户里|账户的钱|余额|参的|交的|缴的|退休)");
    // 从武汉跳槽到深圳，新公司给我交了一档医保: where the employer pays in is the account's place, though only worked in
    private static final Pattern EMPLOYER_PAYS_AFTER = Pattern.compile("^[^。；;？?！!]{0,14}?(新公司|公司|厂里|新单位|单位)"
            + "(说)?(已经)?给(我|我们)?(交|缴)");
    // 想问荆州那边, 咨询一下深圳的: the place asked about
    private static final Pattern ASKED_ABOUT_BEFORE = Pattern.compile("(问|问问|咨询|打听)(一下|下)?$");
    // 医保已经转到南京了: an account already moved is in the place moved to
    private static final Pattern ACCOUNT_BEFORE = Pattern.compile("(医保|社保|参保地?)(都|也|还|一直)?(是|就|交)?在(老家)?$"
            + "|(医保|社保)(关系)?已经(转到|转回|转入|迁到)$");
    // 我刚从湖南来深圳入职, 我是广西来的, 我从重庆赶过去办, 我从昭通农村出来在深圳进厂…: a place the asker came from,
    // whatever account words follow
    private static final Pattern CAME_FROM = Pattern.compile("从$");
    private static final Pattern CAME_AFTER = Pattern.compile("^(来的|过来的)");
    private static final Pattern CAME_FROM_AFTER = Pattern.compile("^(农村|乡下|山里|老家)?(出来|来|过来|赶)");
    // 我是四川来阿克苏市打工的: a place named right before 来 and the place come to
    private static final Pattern CAME_TO_NEXT = Pattern.compile("^(来|过来)$");
    // 我爸在深圳上班交了十几年职工医保 (the account words too far to read): a place someone works and pays in is no place
    // they only work in; whose account is asked about, the asker's or the relative's, the words about them say
    private static final Pattern WORKS_AND_PAYS = Pattern.compile("^(上班|工作|打工)[,，]?(交|缴|参加|参的)");
    // 我在深圳打工，老家云南大理的: the asker's own workplace now, not a relative's (女儿在深圳上班) nor one left (我在广东打工
    // 十年回江西了)
    private static final Pattern ASKER_WORKS_AFTER = Pattern.compile("^(上班|工作|打工)([,，。;；\\s]|$)");
    private static final Pattern WORKS_AFTER = Pattern.compile("^(上班|工作|打工)");
    private static final Pattern ASKER_WORKS_BEFORE = Pattern.compile("我(现在|目前|一直|平时|还|都)?在$");
    private static final Pattern ASKER_WORKS_BEFORE_LATIN = Pattern.compile("\\bi (work|am working|'m working|have a job"
            + "|got a job)( in)?\\s*$");
    // 我四川达州的，在深圳跑外卖: where the asker comes from, said before the place they work in now (not one they only
    // stay in: 我是甘孜的，在成都给女儿带孩子)
    private static final Pattern ASKER_FROM_BEFORE = Pattern.compile("^(我|俺)(是)?[^,，。老家在]{0,4}$");
    private static final Pattern NOW_IN_AFTER = Pattern.compile("^的[,，]\\s*(现在|目前|一直|如今)?在$");
    private static final Pattern WORKS_THERE = Pattern.compile("^的[,，]\\s*(现在|目前|一直|如今)?在[^,，。;；!！?？]{0,14}?"
            + "(上班|工作|打工|做|干|跑|开|当|厂|工地|公司|单位)");
    private static final Pattern HOME_TOWNS_ACCOUNT = Pattern.compile("我们县|我们那|我们这|" + HOME_INSURANCE);
    // 玉林人, but not 深圳人社局 (the human-resources and social-security bureau)
    private static final Pattern ORIGIN_AFTER = Pattern.compile("^人($|[,.。;!?、\\s在])");
    private static final Pattern RESIDENCE_AFTER = Pattern.compile("^(上班|工作|上学|读书|读大学|打工|生活|居住|住着|长住|常住|定居"
            + "|出差|老家|过冬|猫冬|避寒|旅居)");
    private static final Pattern RESIDENCE_BEFORE = Pattern.compile("(住在|人在|户口在|户口是|老家|来自|家在|生活在)" + STOP + "?$"
            + "|(去了|跳槽去了?|跳槽到|调到|调去|搬到|搬去|换到|给在)$");
    // 出差到乌鲁木齐, 在新疆出差, 在海南过冬, on a business trip in Xinjiang: a place the asker only travels to or spends the
    // winter in, whatever account words follow (出差到乌鲁木齐在药店能刷个人账户吗 spends an account kept elsewhere)
    private static final Pattern TRIP_BEFORE = Pattern.compile("(出差|旅游|旅行)(到|去|在)$");
    private static final Pattern TRIP_AFTER = Pattern.compile("^(出差|旅游|旅行|过冬|猫冬|避寒|旅居)");
    private static final Pattern TRIP_BEFORE_LATIN = Pattern.compile("\\b(business trip|travell?ing|on holiday"
            + "|on vacation|visiting)( in| to)?\\s*$");
    // 老家是拜城县的，想咨询一下老家医保个人账户的事: the home town whose account is asked about
    private static final Pattern HOME_BEFORE = Pattern.compile("老家" + STOP + "?$");
    private static final Pattern HOME_AFTER = Pattern.compile("^老家");
    private static final Pattern HOME_ACCOUNT = Pattern.compile(HOME_INSURANCE + "|回老家(交|参|缴)的?");
    // 后来回贵州毕节老家在县城超市上班又交了四年, 现在回固原老家上班接着交: a place moved to later, where one pays again
    private static final Pattern RESUMED_BEFORE = Pattern.compile("(后来|现在|如今|然后|今年|去年)又?(回|回到|去|去了|到|调到"
            + "|调回|换到)了?[^，,。；;？?！!\\s]{0,6}$");
    private static final Pattern RESUMED_AFTER = Pattern.compile("^[^，,。；;？?！!]{0,14}?(又|接着|继续|重新|再)(交|缴|参保|参加)");
    // Where someone used to work or live: the account stays there until it is moved.
    private static final Pattern FORMER_BEFORE = Pattern.compile("(原来|以前|之前|原先|过去)(是)?在$");
    private static final Pattern ACCOUNT_AFTER_LATIN = Pattern.compile("^[^,.;!?]{0,12}?\\b(insurance|insured|balance"
            + "|account|yibao)\\b");
    private static final Pattern ACCOUNT_BEFORE_LATIN = Pattern.compile("\\b(insurance|insured|account)( is| was)?"
            + "( still)?( registered| based)? in\\s*$|\\b(insurance|account|balance) from\\s*$"
            + "|\\b(withdraw|take|get|cash)( it| them| the money| the balance| my balance| it out| the money out)?"
            + " from\\s*$|\\bask\\s*$");
    // "moving from Nanjing to Shanghai": the account is still in the place left, not in the one moved to
    private static final Pattern FROM_LATIN = Pattern.compile("\\bfrom\\s*$");
    private static final Pattern TO_LATIN = Pattern.compile("^\\s*to\\s*$");
    private static final Pattern RESIDENCE_BEFORE_LATIN = Pattern.compile("\\b(live|lives|living|work|works|working"
            + "|study|studying|from|moved to|moving to|move to|relocating to|jobs to|based|stay|staying|winter"
            + "|wintering)\\b( in)?\\s*$");

    private PlaceCues() {
    }

    /** The cue of one mention: positive for the account's place, negative for a place that is not asked about. */
    static int of(String text, Mention mention, List<Mention> mentions, boolean latin) {
        String after = text.substring(mention.end(), nextStart(mention, mentions, text.length()));
        String before = text.substring(previousEnd(mention, mentions), mention.start());
        if (after.startsWith(")")) {
            return 0; // a qualifier in brackets (Kalpin County (Aksu)) says where the place before it lies
        }
        if (DEALT_WITH_AFTER.matcher(after).find()) {
            return DEALT_WITH;
        }
        if (isTrip(after, before, latin)) {
            return RESIDENCE;
        }
        if (isDestination(after, latin) || !latin && NO_ACCOUNT_AFTER.matcher(after).find()) {
            return RESIDENCE;
        }
        if (!latin && RESUMED_BEFORE.matcher(text.substring(0, mention.start())).find()
                && RESUMED_AFTER.matcher(text.substring(mention.end())).find()) {
            return RESUMED;
        }
        boolean placeNext = nextStart(mention, mentions, text.length()) < text.length();
        if (!latin && (CAME_AFTER.matcher(after).find()
                || CAME_FROM.matcher(before).find() && CAME_FROM_AFTER.matcher(after).find()
                || placeNext && CAME_TO_NEXT.matcher(after).find())) {
            return ORIGIN;
        }
        // 转给在江苏的儿子交医保费: the insurance words after a relative there are the relative's, unless theirs is asked
        boolean kinsWordsAfter = !latin && SubjectPlace.namesKinRightAfter(after)
                && !SubjectPlace.asksKinsAccount(text);
        if (latin ? ACCOUNT_AFTER_LATIN.matcher(after).find() || ACCOUNT_BEFORE_LATIN.matcher(before).find()
                : !kinsWordsAfter && ACCOUNT_AFTER.matcher(after).find() || ACCOUNT_BEFORE.matcher(before).find()
                        || EMPLOYER_PAYS_AFTER.matcher(after).find() || ASKED_ABOUT_BEFORE.matcher(before).find()) {
            // 我娘在临沂农村交居民医保…能把我账户里的钱转给她吗: a relative's own insurance, while the asker's account is
            // asked about
            return !latin && SubjectPlace.namesKinRightBefore(before) && SubjectPlace.asksAskersAccount(text) ? 0
                    : ACCOUNT;
        }
        if (!latin && WORKS_AND_PAYS.matcher(after).find()) {
            return 0;
        }
        // with a relative named (我在乌鲁木齐上班，我爸在新和县老家), whose account is asked the words about them say
        if (!latin && ASKER_WORKS_AFTER.matcher(after).find() && ASKER_WORKS_BEFORE.matcher(before).find()
                && !SubjectPlace.namesKin(text)) {
            return WORKPLACE;
        }
        // I work in Hefei: the same in English; beside a relative (my dad is in hospital in Anqing), no cue either way,
        // so whose account the question asks about decides
        if (latin && ASKER_WORKS_BEFORE_LATIN.matcher(before).find()) {
            return SubjectPlace.namesKin(text) ? 0 : WORKPLACE;
        }
        if (!latin && ORIGIN_AFTER.matcher(after).find()) {
            return ORIGIN;
        }
        if (!latin && NOW_IN_AFTER.matcher(after).find() && WORKS_THERE.matcher(text.substring(mention.end())).find()
                && ASKER_FROM_BEFORE.matcher(text.substring(0, mention.start())).find()
                && !HOME_TOWNS_ACCOUNT.matcher(text).find()) {
            return ORIGIN;
        }
        if (latin ? FROM_LATIN.matcher(before).find() && TO_LATIN.matcher(after).matches()
                : FORMER_BEFORE.matcher(before).find()) {
            return FORMER;
        }
        // 我儿子在深圳打工出车祸走了…他医保个人账户里的钱: where a relative worked, whose own account is asked about, is
        // no mere residence
        if (!latin && WORKS_AFTER.matcher(after).find() && SubjectPlace.namesKin(before)
                && SubjectPlace.asksKinsAccount(text)) {
            return 0;
        }
        if (latin && TO_LATIN.matcher(before).matches() && FROM_LATIN.matcher(text.substring(0,
                previousStart(mention, mentions))).find()) {
            return RESIDENCE;
        }
        if (!latin && (HOME_BEFORE.matcher(before).find() || HOME_AFTER.matcher(after).find())
                && HOME_ACCOUNT.matcher(text).find()) {
            return ACCOUNT;
        }
        if (latin ? RESIDENCE_BEFORE_LATIN.matcher(before).find()
                : RESIDENCE_AFTER.matcher(after).find() || RESIDENCE_BEFORE.matcher(before).find()) {
            return RESIDENCE;
        }
        return 0;
    }

    /**
     * Whether a mention names the place a balance is moved to, by what it says of taking it in (天津说不收个人账户余额,
     * 杭州那边说可以接收, Guangzhou says it won't accept it).
     */
    static boolean isDestination(String text, Mention mention, List<Mention> mentions, boolean latin) {
        return isDestination(text.substring(mention.end(), nextStart(mention, mentions, text.length())), latin);
    }

    private static boolean isDestination(String after, boolean latin) {
        return DECLINES_AFTER.matcher(after).find() || !latin && ACCEPTS_AFTER.matcher(after).find();
    }

    /** Whether a mention names a place the asker only travels to (出差到乌鲁木齐, a business trip in Xinjiang). */
    static boolean isTrip(String text, Mention mention, List<Mention> mentions, boolean latin) {
        return isTrip(text.substring(mention.end(), nextStart(mention, mentions, text.length())),
                text.substring(previousEnd(mention, mentions), mention.start()), latin);
    }

    private static boolean isTrip(String after, String before, boolean latin) {
        return latin ? TRIP_BEFORE_LATIN.matcher(before).find()
                : TRIP_BEFORE.matcher(before).find() || TRIP_AFTER.matcher(after).find();
    }

    /** The words after a mention run to the next place named, so that one place's cue is not read for another. */
    private static int nextStart(Mention mention, List<Mention> mentions, int end) {
        return mentions.stream().mapToInt(Mention::start).filter(start -> start >= mention.end()).min().orElse(end);
    }

    private static int previousStart(Mention mention, List<Mention> mentions) {
        return mentions.stream().filter(other -> other.end() <= mention.start()).mapToInt(Mention::start).max()
                .orElse(0);
    }

    private static int previousEnd(Mention mention, List<Mention> mentions) {
        return mentions.stream().mapToInt(Mention::end).filter(end -> end <= mention.start()).max().orElse(0);
    }
}
