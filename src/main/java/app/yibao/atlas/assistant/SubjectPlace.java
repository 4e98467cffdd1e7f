package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.yibao.atlas.assistant.RegionSpotter.Mention;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionLevel;

/**
 * Which of the places a question names it is about, and which it only mentions. The first place named is not
 * always the subject: "深圳的我知道了，南京的呢" asks about 南京; "我在北京上班，医保还在老家阿克苏市" is about the
 * account in 阿克苏市 ({@link PlaceCues}); "我在甘孜参保，女儿在成都工作" is about the asker's account in 甘孜,
 * not the relative's place, unless the relative's own account is asked about ("…老婆在喀什老家交的居民医保，她那个有没有
 * 个人账户"). An ambiguous name is read in the light of the others (Baicheng beside Aksu is 拜城县, not 白城市)
 * and of the word after it (Aksu city is 阿克苏市).
 */
final class SubjectPlace {

    /** The place the question is about (with the other regions its name fits, first = chosen), and the others. */
    record Reading(List<Region> subject, List<Region> others) {
    }

    // 南京的呢; 广东叫粤医保，广西叫什么: what one place's name is, asked of another
    private static final Pattern FOLLOW_UP = Pattern.compile("^\\s*(的)?\\s*(呢|怎么样|如何|叫什么|叫啥)");
    private static final Pattern WHAT_ABOUT = Pattern.compile("((what|how) about|what is it called in)\\s*$");
    private static final Pattern CONTRAST = Pattern.compile("(^|[,，。;；!！?？\\s])(那|那么)\\s*$");
    private static final Pattern CITY = Pattern.compile("^\\s*(city|shi)\\b");
    // 阿克苏是医保局: 是 typed for 市 (both shi) right before an office's name
    private static final Pattern CITY_SLIPPED = Pattern.compile("^是(医保|社保|医疗保障)(局|中心|服务中心)");
    private static final Pattern COUNTY = Pattern.compile("^\\s*(county|xian)\\b");
    private static final Pattern PREFECTURE = Pattern.compile("^\\s*(prefecture|region|diqu)\\b");
    private static final Pattern KIN = Pattern.compile("(妈|爸|娘|爹|父亲|母亲|女儿|闺女|儿子|孩子|老婆|老公|媳妇|丈夫|妻子|爱人|亲属|家人"
            + "|哥|姐|弟|妹|爷爷|奶奶|外婆|姥姥|公公|婆婆|岳父|岳母|\\bmy (mother|father|mom|dad|wife|husband|son|daughter"
            + "|parents?|child|children|kids?|relatives?|sister|brother)\\b)");
    private static final Pattern ASKER = Pattern.compile("(我|\\bi\\b|\\bi'm\\b|\\bi am\\b)");
    // 能把我个人账户里的钱转给他们吗, can my personal account pay…: the asker's own account
    private static final Pattern ASKERS_ACCOUNT = Pattern.compile("我(的|自己的?)?(职工)?(医保|个人账户|账户)"
            // 我深圳的个人账户: a place's name between (not a relative's: 我妈的医保)
            + "|我(?![妈爸娘爹老女儿闺孩媳丈妻爱亲家哥姐弟妹爷奶外姥公婆岳们])\\p{IsHan}{2,4}?的(职工)?(医保|个人账户|账户)"
            + "|\\bmy (own )?((employee|medical|personal|insurance|health) )*(account|insurance|balance)");
    // 爸妈在河南老家, 她在四川农村, my parents live in Sichuan: where a relative lives
    private static final Pattern LIVES = Pattern.compile("^(老家|农村|住|生活|居住)|老家$");
    private static final Pattern LIVES_LATIN = Pattern.compile("\\b(live|lives|living)( in)?\\s*$");
    // 盐城老家的妈妈: the relative after the place
    private static final Pattern KIN_AFTER = Pattern.compile("^(老家)?的?(" + KIN.pattern() + ")");
    // 她医保卡还剩多少, 她那个有没有个人账户, 帮他查, 帮她打哪个电话, her balance: the question is about the relative's own
    // account; not where money is moved to (转一部分到她账户上: the asker's is drawn on)
    private static final Pattern KINS_ACCOUNT = Pattern.compile("[他她](那个|那边)|(?<![到给入进])[他她](的|是|自己的?)?(职工)?"
            + "(医保|社保|个人账户|账户|卡里|余额)|帮[他她][^，,。；;？?！!\\s]{0,4}?(查|问|打|咨询)"
            + "|\\b(her|his) (medical (insurance|account|card)|insurance|account|card|balance)");
    // 她是湖南老家的居民医保, 我爸是湖北的退休职工医保, 我娘在临沂农村交居民医保: the place of a relative's own insurance
    private static final Pattern KIN_RIGHT_BEFORE = Pattern.compile("(" + KIN.pattern() + "|[他她])(也|都|一直)?(是|在)$");
    // 转给在江苏的儿子交医保费: a relative in the place, whose own insurance the words after it speak of
    private static final Pattern KIN_RIGHT_AFTER = Pattern.compile("^的?" + KIN.pattern());
    private static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*[)）]?\\s*(city|county|prefecture)?\\s*[)）]?\\s*[,，]?\\s*");
    private static final Pattern NARROWING_GAP = Pattern.compile("\\s*的?\\s*");
    // what lies between two places asked about side by side: a few words of the first (医保中心) and "and"
    private static final Pattern SIDE_BY_SIDE = Pattern.compile("[^，,。；;？?！!\\s]{0,8}?(和|与|跟|以及|还有|、)|[^,.;?!]{0,30}?\\band\\s*");
    // insured at the prefecture's own level (地区本级, 行署的单位), not at a city or county within it
    private static final Pattern PREFECTURES_OWN_LEVEL = Pattern.compile("地区本级|地区级|州本级|地区直属|行署"
            + "|prefecture[- ]level");
    private static final Pattern OFFICE_AFTER = Pattern.compile("^(市|县)?的?\\s*(医保|社保|医疗保障)(中心|局|服务中心)");
    // 那地区本级的呢: the prefecture's own level asked after the place dealt with
    private static final Pattern ASKED_LAST = Pattern.compile("那\\s*(地区本级|地区级|州本级)的?\\s*(呢|电话)");
    private static final int BEFORE = 6;
    private static final int BEFORE_LATIN = 30;

    private SubjectPlace() {
    }

    static Reading read(KnowledgeSnapshot snapshot, String text, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return new Reading(List.of(), List.of());
        }
        List<List<Region>> candidates = new ArrayList<>();
        for (Mention mention : mentions) {
            candidates.add(refined(snapshot, text, mention, mentions));
        }
        if (accountsPlaceUnnamed(text, mentions, candidates)) {
            // the places named are where the asker only travels or a relative lives: the account's place is not named,
            // so the nation's rules answer
            return new Reading(List.of(), candidates.stream().map(regions -> regions.get(0)).distinct().toList());
        }
        int subject = subjectOf(snapshot, text, mentions, candidates);
        List<Region> read = candidates.get(subject);
        // the chosen region, then the others of its level that the name also fits (reported as ambiguous)
        List<Region> chosen = read.stream().filter(region -> region.level() == read.get(0).level()).toList();
        Set<Region> others = new LinkedHashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Region other = candidates.get(i).get(0);
            if (i != subject && !other.equals(chosen.get(0)) && !isAncestor(snapshot, other, chosen.get(0))) {
                others.add(other);
            }
        }
        // 医保是地区本级参的 (温宿县, 阿克苏市 named): the account is the prefecture's own, not the city's or the county's;
        // unless the county's own office is asked about too (拜城县医保中心电话…打不通能打地区本级的吗), and not only
        // dealt with (阿克苏市的医保中心电话我知道了，那地区本级的呢)
        String afterSubject = text.substring(mentions.get(subject).end());
        boolean ownOfficeAsked = OFFICE_AFTER.matcher(afterSubject).find()
                && !ASKED_LAST.matcher(afterSubject).find();
        if (PREFECTURES_OWN_LEVEL.matcher(text).find() && chosen.get(0).level() == RegionLevel.COUNTY
                && !ownOfficeAsked) {
            Region prefecture = snapshot.parentOf(chosen.get(0)).orElseThrow();
            if (prefecture.level() == RegionLevel.PREFECTURE) {
                others.remove(prefecture);
                others.add(chosen.get(0));
                return new Reading(List.of(prefecture), List.copyOf(others));
            }
        }
        return new Reading(chosen, List.copyOf(others));
    }

    /**
     * Whether no place named is the account's: each is one the asker only travels to (on a business trip in
     * Xinjiang), one the balance would move to (从外地调到天津上班，天津说不收个人账户余额), or where a relative lives
     * while the asker's own account is asked about (我在外省上班…爸妈在河南老家，
     * 能把我个人账户里的钱转给他们吗; my parents live in Sichuan, can my account pay…).
     */
    private static boolean accountsPlaceUnnamed(String text, List<Mention> mentions, List<List<Region>> candidates) {
        boolean askersAccount = asksAskersAccount(text);
        boolean placeNamed = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (isNation(candidates.get(i))) {
                continue; // 国家医保服务平台: a national service, no place
            }
            placeNamed = true;
            boolean latin = isLatin(text, mention);
            // a place the balance would move to (天津说不收个人账户余额) is not where the account is
            if (PlaceCues.isTrip(text, mention, mentions, latin) || isDestination(text, mentions, candidates, i)) {
                continue;
            }
            String before = wordsBefore(text, mention);
            boolean kinLivesThere = KIN.matcher(before).find() && !ASKER.matcher(before).find() // 我和老公都在深圳
                    && (latin ? LIVES_LATIN.matcher(before).find() : LIVES.matcher(text.substring(mention.end())).find()
                            || LIVES.matcher(before).find());
            if (!(askersAccount && kinLivesThere)) {
                return false;
            }
        }
        return placeNamed;
    }

    /** Whether any mention of the i-th mention's place names it as the place a balance would move to. */
    private static boolean isDestination(String text, List<Mention> mentions, List<List<Region>> candidates, int i) {
        for (int j = 0; j < mentions.size(); j++) {
            if (candidates.get(j).get(0).equals(candidates.get(i).get(0))
                    && PlaceCues.isDestination(text, mentions.get(j), mentions, isLatin(text, mentions.get(j)))) {
                return true;
            }
        }
        return false;
    }

    /** The mention's regions, best reading first: by the word after it, then by the other places named. */
    private static List<Region> refined(KnowledgeSnapshot snapshot, String text, Mention mention,
            List<Mention> mentions) {
        List<Region> regions = mention.regions();
        if (regions.size() < 2) {
            return regions;
        }
        String after = text.substring(mention.end());
        // the word after it first (Aksu city, Xinjiang: the city), then a place named in full elsewhere (阿克苏市 …
        // 阿克苏), then the places around the other places named; each also breaks the ties of those before it (Xinhe
        // County, Aksu: both 新和县 and 新河县 are counties, and 新和县 lies in Aksu)
        Map<Region, Integer> ranks = new HashMap<>();
        for (Region region : regions) {
            boolean byWord = (CITY.matcher(after).find() || CITY_SLIPPED.matcher(after).find())
                    && region.name().endsWith("市")
                    || COUNTY.matcher(after).find() && region.name().endsWith("县")
                    || PREFECTURE.matcher(after).find() && region.level().name().equals("PREFECTURE");
            boolean byNeighbour = mentions.stream().filter(other -> other != mention)
                    .flatMap(other -> other.regions().stream())
                    .anyMatch(other -> isAncestor(snapshot, other, region) || isAncestor(snapshot, region, other));
            boolean byFullName = mentions.stream().anyMatch(other -> other != mention
                    && other.regions().equals(List.of(region)));
            ranks.put(region, (byWord ? 4 : 0) + (byFullName ? 2 : 0) + (byNeighbour ? 1 : 0));
        }
        List<Region> ordered = new ArrayList<>(regions);
        ordered.sort(Comparator.comparing(region -> -ranks.get(region))); // stable: higher levels first among equals
        return ordered;
    }

    private static int subjectOf(KnowledgeSnapshot snapshot, String text, List<Mention> mentions,
            List<List<Region>> candidates) {
        if (mentions.size() == 1) {
            return 0; // one place named: whatever its cues, no other is asked about instead
        }
        // "…，南京的呢" / "…，那广西的叫啥" / "…，广西叫什么" / "what about Nanjing": the last asked
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            String before = text.substring(0, mention.start());
            if (FOLLOW_UP.matcher(text.substring(mention.end())).find() || WHAT_ABOUT.matcher(before).find()
                    || CONTRAST.matcher(before).find()) {
                return i;
            }
        }
        int cued = byCues(snapshot, text, mentions, candidates);
        if (cued >= 0) {
            return cued;
        }
        // 我想在国家医保服务平台…: the nation named by a national service the asker uses is not the account's place
        boolean passNation = !candidates.stream().allMatch(SubjectPlace::isNation);
        List<Integer> askers = new ArrayList<>();
        List<Integer> kins = new ArrayList<>();
        boolean kinNamed = false;
        for (int i = 0; i < mentions.size(); i++) {
            if (passNation && isNation(candidates.get(i))) {
                continue;
            }
            String before = wordsBefore(text, mentions.get(i));
            if (narrowsPrevious(snapshot, text, mentions, candidates, i)) {
                // 我爸在阿克苏地区的柯坪县: the county is where the place before it says, whoever's that is
                if (kins.contains(i - 1)) {
                    kins.add(i);
                } else if (askers.contains(i - 1)) {
                    askers.add(i);
                }
            } else if (KIN.matcher(before).find() || KIN_AFTER.matcher(text.substring(mentions.get(i).end())).find()) {
                kinNamed = true;
                kins.add(i);
            } else if (ASKER.matcher(before).find()) {
                askers.add(i);
            }
        }
        List<Integer> eligible = new ArrayList<>();
        boolean kinsAccount = !kins.isEmpty() && KINS_ACCOUNT.matcher(text).find();
        for (int i = 0; i < mentions.size(); i++) {
            if (passNation && isNation(candidates.get(i))) {
                continue;
            }
            if (kinsAccount ? kins.contains(i) : !kinNamed || askers.isEmpty() || askers.contains(i)) {
                // the relative's places when the relative's own account is asked about; else, with a relative's
                // place named too, only the asker's own places
                eligible.add(i);
            }
        }
        for (int i : eligible) { // the first, unless a place inside it is named too (but not beside it: 地区和市)
            Region candidate = candidates.get(i).get(0);
            boolean widerThanAnother = false;
            for (int j : eligible) {
                widerThanAnother |= j != i && isAncestor(snapshot, candidate, candidates.get(j).get(0))
                        && !namedBeside(text, mentions.get(i), mentions.get(j));
            }
            if (!widerThanAnother) {
                return i;
            }
        }
        return eligible.get(0);
    }

    /**
     * The first mention of the one place whose cues ({@link PlaceCues}), summed over its mentions, outweigh every
     * other place's; -1 when no place stands out.
     */
    private static int byCues(KnowledgeSnapshot snapshot, String text, List<Mention> mentions,
            List<List<Region>> candidates) {
        Map<Region, Integer> scores = new LinkedHashMap<>();
        Map<Region, Integer> firsts = new HashMap<>();
        int[] cues = new int[mentions.size()];
        int previousCue = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Region region = candidates.get(i).get(0);
            if (region.level() == RegionLevel.NATION) {
                continue; // 中国 and 国家 name the fallback, or a national service (国家医保服务平台)
            }
            // "Aksu city, Xinjiang, balance…", "Garze (Ganzi), Sichuan": a wider place right after a narrower one only
            // says where it lies
            boolean qualifier = i > 0 && isAncestor(snapshot, region, candidates.get(i - 1).get(0))
                    && QUALIFIER_GAP.matcher(text.substring(mentions.get(i - 1).end(), mentions.get(i).start())).matches();
            int cue = qualifier ? 0 : PlaceCues.of(text, mentions.get(i), mentions, isLatin(text, mentions.get(i)));
            if (cue == 0 && previousCue == PlaceCues.ACCOUNT
                    && narrowsPrevious(snapshot, text, mentions, candidates, i)) {
                cue = PlaceCues.ACCOUNT; // 医保都在阿克苏地区温宿县: the account is in the county the words narrow to
                scores.merge(candidates.get(i - 1).get(0), -PlaceCues.ACCOUNT, Integer::sum); // not the prefecture's
            }
            previousCue = cue;
            cues[i] = cue;
            scores.merge(region, cue, Integer::sum);
            firsts.putIfAbsent(region, i);
        }
        // A place with no cue of its own that only says where another place lies (Baicheng County in Aksu) is no
        // candidate.
        Set<Region> named = Set.copyOf(scores.keySet());
        scores.keySet().removeIf(region -> scores.get(region) <= 0
                && named.stream().anyMatch(other -> isAncestor(snapshot, region, other)));
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Region> cuedAlike = scores.keySet().stream().filter(region -> scores.get(region) == best).toList();
        // 医保在广州交…广东医保卡能直接结算吗: of a place and one within it, cued alike, the account is the narrower's
        // (but not of two asked about side by side: 阿克苏地区医保中心和阿克苏市医保中心)
        List<Region> top = cuedAlike.stream().filter(region -> cuedAlike.stream()
                .noneMatch(other -> isAncestor(snapshot, region, other) && !namedBeside(text,
                        mentions.get(firsts.get(region)), mentions.get(firsts.get(other))))).toList();
        if (scores.size() > 1 && top.size() > 1 && best > 0 && !KIN.matcher(text).find()) {
            // 我是包头的…后来回包头参保了…现在深圳医保卡里那点钱能弄出来吗: of places cued alike, the one whose account the
            // asking clause names (with a relative named, whose account it is decides: see below)
            Set<Region> accountAsked = accountsAskedLast(text, mentions, candidates, cues);
            List<Region> asked = top.stream().filter(accountAsked::contains).toList();
            return asked.size() == 1 ? firsts.get(asked.get(0)) : -1;
        }
        return scores.size() > 1 && top.size() == 1 ? firsts.get(top.get(0)) : -1;
    }

    private static final String CLAUSE_ENDS = "，,。；;！!？?";
    // 跟广东的粤医保一样吗: a place compared with is not the one asked about
    private static final Pattern COMPARED_WITH = Pattern.compile("(跟|和|与|像|比)$|\\b(like|as)\\s*$");

    /** The places whose account the last clause names (深圳医保卡里那点钱能弄出来吗), but not those it compares with. */
    private static Set<Region> accountsAskedLast(String text, List<Mention> mentions, List<List<Region>> candidates,
            int[] cues) {
        int asking = lastClauseStart(text);
        Set<Region> asked = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            int start = mentions.get(i).start();
            if (cues[i] == PlaceCues.ACCOUNT && start >= asking
                    && !COMPARED_WITH.matcher(text.substring(0, start)).find()) {
                asked.add(candidates.get(i).get(0));
            }
        }
        return asked;
    }

    /** Where the last clause starts: after the last stop that is not the question's own end. */
    private static int lastClauseStart(String text) {
        int end = text.length();
        while (end > 0 && (CLAUSE_ENDS.indexOf(text.charAt(end - 1)) >= 0
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        for (int i = end - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether two places are asked about side by side (阿克苏地区医保中心和阿克苏市医保中心的电话): the wider one's answer
     * holds the narrower one's offices too.
     */
    private static boolean namedBeside(String text, Mention first, Mention second) {
        return first.end() <= second.start()
                && SIDE_BY_SIDE.matcher(text.substring(first.end(), second.start())).matches();
    }

    /** Whether a mention names a place within the one named just before it (阿克苏地区的柯坪县, 江苏昆山). */
    private static boolean narrowsPrevious(KnowledgeSnapshot snapshot, String text, List<Mention> mentions,
            List<List<Region>> candidates, int i) {
        if (i == 0 || !isAncestor(snapshot, candidates.get(i - 1).get(0), candidates.get(i).get(0))) {
            return false;
        }
        return NARROWING_GAP.matcher(text.substring(mentions.get(i - 1).end(), mentions.get(i).start())).matches();
    }

    /** Whether the question names a relative (我爸, 老婆, my parents). */
    static boolean namesKin(String text) {
        return KIN.matcher(text).find();
    }

    /** Whether the asker's own account is asked about, not a relative's (能把我个人账户里的钱转给他们吗). */
    static boolean asksAskersAccount(String text) {
        return ASKERS_ACCOUNT.matcher(text).find() && !KINS_ACCOUNT.matcher(text).find();
    }

    /** Whether the words right before a place name a relative as where they are (我娘在, 她是). */
    static boolean namesKinRightBefore(String before) {
        return KIN_RIGHT_BEFORE.matcher(before).find();
    }

    /** Whether the words right after a place name a relative there (在江苏的儿子, 深圳的女儿). */
    static boolean namesKinRightAfter(String after) {
        return KIN_RIGHT_AFTER.matcher(after).find();
    }

    /** Whether a relative's own account is asked about (他医保个人账户里的钱, her balance). */
    static boolean asksKinsAccount(String text) {
        return KINS_ACCOUNT.matcher(text).find();
    }

    private static boolean isNation(List<Region> candidate) {
        return candidate.get(0).level() == RegionLevel.NATION;
    }

    /** The few words right before a mention, where a relative or the asker is named (我爸在…, my parents live in…). */
    private static String wordsBefore(String text, Mention mention) {
        int reach = isLatin(text, mention) ? BEFORE_LATIN : BEFORE;
        return text.substring(Math.max(0, mention.start() - reach), mention.start());
    }

    private static boolean isLatin(String text, Mention mention) {
        return Character.isLetter(text.charAt(mention.start())) && text.charAt(mention.start()) < 0x2E80;
    }

    static boolean isAncestor(KnowledgeSnapshot snapshot, Region ancestor, Region region) {
        for (Region up = snapshot.parentOf(region).orElse(null); up != null; up = snapshot.parentOf(up).orElse(null)) {
            if (up.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }
}
