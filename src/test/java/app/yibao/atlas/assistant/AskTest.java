package app.yibao.atlas.assistant;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** ask() over HTTP: the question set's accuracy, and what an answer must say. */
@QuarkusTest
class AskTest {

    private static final double REQUIRED_ACCURACY = 0.95;
    private static final String ASK = """
            query($q: String!) { ask(question: $q) {
              region { code } topic intents confidence disclaimer
              withdrawalConditions { id factId kind materials inheritedFrom { code } }
              withdrawalProcedure { factId } usageScenarios { factId } queryChannels { factId } contacts { id factId }
              accountFacts { id factId inheritedFrom { code } } notices { factId } hits { factId } } }""";

    record Expected(String question, String region, String topic, String factId) {
    }

    @Test
    void questionSetIsAnsweredWithTheRightRegionTopicAndFact() throws IOException {
        List<Expected> questions = questionSet();
        List<String> misses = new ArrayList<>();
        for (Expected expected : questions) {
            JsonPath answer = ask(expected.question());
            List<String> factIds = factIds(answer);
            String region = answer.getString("region.code");
            String topic = answer.getString("topic");
            if (!expected.region().equals(region) || !expected.topic().equals(topic)
                    || !factIds.contains(expected.factId())) {
                misses.add(expected.question() + "\n    expected " + expected.region() + " " + expected.topic() + " "
                        + expected.factId() + "\n    got      " + region + " " + topic + " " + factIds);
            }
        }
        double accuracy = 1.0 * (questions.size() - misses.size()) / questions.size();
        System.out.printf("ask() question set: %d of %d answered right, accuracy %.1f%%%n",
                questions.size() - misses.size(), questions.size(), accuracy * 100);
        misses.forEach(miss -> System.out.println("  MISS " + miss));
        assertThat("at least 60 questions", questions.size(), greaterThanOrEqualTo(60));
        assertThat("accuracy; misses:\n" + String.join("\n", misses), accuracy,
                greaterThanOrEqualTo(REQUIRED_ACCURACY));
    }

    @Test
    void aDeathQuestionGetsTheDeathConditionFirstWithItsMaterials() {
        JsonPath answer = ask("父亲在深圳去世了，他医保账户里的余额家属怎么取");
        assertThat(answer.getString("withdrawalConditions[0].kind"), equalTo("DEATH"));
        assertThat(answer.getList("withdrawalConditions[0].materials"), hasItem(containsString("死亡证明")));
        assertThat(answer.getList("intents"), hasItem("DEATH"));
        assertThat(answer.getString("withdrawalProcedure.factId"), equalTo("shenzhen-withdrawal-procedure"));
        assertThat("no other topic's slices", answer.getList("usageScenarios").size(), equalTo(0));
    }

    @Test
    void aQuestionAboutAgentsGetsThePlacesNoticesAndOthersGetNone() {
        JsonPath agents = ask("notices { factId severity } topic accountFacts { factId }",
                "有中介说能帮忙把深圳医保卡里的钱取出来，靠谱吗");
        // writers file it either way (the notices are general; the matter a withdrawal): the notices answer in both
        assertThat(agents.getString("topic"), oneOf("GENERAL", "WITHDRAWAL"));
        // the place's own notice on agents, then the nation's, which holds there too
        assertThat(agents.getList("notices.factId"), hasItems("shenzhen-notice-intermediaries",
                "national-notice-intermediaries"));
        assertThat(ask("notices { factId }", "南京的养老保险个人账户能像医保那样提取吗").getList("notices.factId"),
                hasItem("national-notice-pension-account"));
        assertThat(agents.getList("accountFacts.factId"), contains("shenzhen-account-cash-access"));
        JsonPath nationally = ask("notices { factId }", "代取医保的中介靠谱吗");
        assertThat(nationally.getList("notices.factId"), hasItem("national-notice-intermediaries"));
        JsonPath plain = ask("notices { factId }", "深圳出国定居了医保余额能取出来吗");
        assertThat(plain.getList("notices"), empty());
    }

    @Test
    void treatmentAwayFromThePlaceInsuredIsAnsweredWhenAskedAndOnlyThen() {
        String selection = "intents usageScenarios { factId region { code } } disclaimer";
        // a Guangdong city: the nation's principle and the province's filing rule, which add up
        JsonPath shenzhen = ask(selection, "深圳医保去外省看病要备案吗，在哪办");
        assertThat(shenzhen.getList("usageScenarios.factId"), hasItems("national-usage-treatment-elsewhere",
                "guangdong-usage-cross-province-filing"));
        // another place named where the card is to be used; Guangdong's filing rule is a lead, labelled and said so
        JsonPath harbin = ask(selection, "我在哈尔滨参保，冬天去三亚住，在三亚的药店能刷哈尔滨的医保卡吗");
        assertThat(harbin.getList("usageScenarios.factId"), hasItems("national-usage-treatment-elsewhere",
                "guangdong-usage-cross-province-filing"));
        assertThat(harbin.getString("disclaimer"), containsString("广东"));
        JsonPath english = ask(selection, "Can I use my medical insurance card anywhere in China?");
        assertThat(english.getList("intents"), hasItem("TREATMENT_ELSEWHERE"));
        assertThat(english.getList("usageScenarios.factId"), hasItem("national-usage-treatment-elsewhere"));
        // not with every use of the balance, nor where another province is where relatives or a new job are
        assertThat(ask(selection, "深圳医保个人账户可以用在哪些地方").getList("usageScenarios.factId"),
                not(hasItem("national-usage-treatment-elsewhere")));
        assertThat(ask(selection, "医保个人账户能跨省给家人用吗").getList("usageScenarios.factId"),
                not(hasItem("national-usage-treatment-elsewhere")));
    }

    @Test
    void whereReimbursementsArePaidIsAnsweredWhenAskedWhateverTheTopic() {
        assertGivenOnlyWhenAsked("national-account-reimbursement-payout", "医保个人账户是什么，有什么用",
                "医保报销的钱打到哪个账户", "看病报销后退回医保卡的钱能提现吗", "报销完以后退还的那笔钱能取现金吗",
                "When my medical bills are reimbursed, which account does the money go to?");
        assertThat(ask("topic", "看病报销后退回医保卡的钱能提现吗").getString("topic"), equalTo("WITHDRAWAL"));
    }

    /** Where the year's reimbursements are shown (年度报销额度): the national platform's, only when asked. */
    @Test
    void whereTheYearsReimbursementsAreShownIsAnsweredOnlyWhenAsked() {
        assertThat(ask("intents", "今年看病报销了多少，还能报多少，去哪查").getList("intents"), hasItem("REIMBURSED_SO_FAR"));
        assertGivenOnlyWhenAsked("national-account-reimbursement-overview", "医保个人账户有哪些规定",
                "今年看病报销了多少，还能报多少，去哪查",
                "How much has been reimbursed so far this year, and where can I see it?");
    }

    /** An account rule on a narrow matter: in the answers to the questions that ask about it, not in another's. */
    private static void assertGivenOnlyWhenAsked(String factId, String notAsking, String... asking) {
        for (String question : asking) {
            assertThat(question, ask("accountFacts { factId }", question).getList("accountFacts.factId"),
                    hasItem(factId));
        }
        assertThat(ask("accountFacts { factId }", notAsking).getList("accountFacts.factId"), not(hasItem(factId)));
    }

    /** What the pooled fund pays for (住院医疗费用, 门诊大额): the nation's summary, only when asked. */
    @Test
    void whatThePooledFundPaysForIsAnsweredOnlyWhenAsked() {
        assertGivenOnlyWhenAsked("national-account-pooled-fund-uses", "单位交的医保钱有多少进了统筹基金",
                "统筹基金都用来干啥", "统筹基金主要用来付啥", "统筹基金 门诊大额 补助", "What does the pooled fund pay for?",
                "公司交的钱进了统筹之后都用在哪了", "统筹那部分钱生病了能用上吗");
        // what it leaves unpaid is the share the account pays, not what the fund is for
        assertThat(ask("intents", "统筹基金不报的钱能用个人账户付吗").getList("intents"), not(hasItem("POOLED_FUND_USES")));
    }

    /** A retiree staying with family elsewhere who asks about treatment there gets the rule on treatment elsewhere. */
    @Test
    void aRetireeStayingWithFamilyElsewhereGetsTheRuleOnTreatmentThere() {
        assertTheRuleOnTreatmentElsewhereIsGiven("我在石家庄退休，打算冬天去三亚女儿家长住几个月，在那边看病医保能直接结算吗？");
        assertTheRuleOnTreatmentElsewhereIsGiven("我是深圳退休职工,跟儿子长期住在广西北海,医保在那边医院能直接结算吗?");
        // so is one staying with family who asks how to file for treatment there
        assertTheRuleOnTreatmentElsewhereIsGiven("我在外地给女儿带孩子，办异地就医备案要准备什么");
        // and so is a couple treated where they spend the winter, the spouse named beside the asker (我和老伴)
        assertTheRuleOnTreatmentElsewhereIsGiven("我跟老伴沈阳退休的,冬天都去北海避寒,在北海住院能用沈阳的医保吗");
    }

    private static void assertTheRuleOnTreatmentElsewhereIsGiven(String question) {
        assertThat(question, ask("usageScenarios { factId }", question).getList("usageScenarios.factId"),
                hasItem("national-usage-treatment-elsewhere"));
    }

    /** Being treated (看病, 住院) in another place named, whatever the topic, is asking the rule on treatment there. */
    @Test
    void beingTreatedInAnotherPlaceNamedGetsTheRuleOnTreatmentThere() {
        assertTheRuleOnTreatmentElsewhereIsGiven("我是深圳参保的,过年回昭通老家要是住院,要先办什么手续才能用深圳医保");
        // treated where one's home is, not working there
        assertTheRuleOnTreatmentElsewhereIsGiven("我在拉萨上班交职工医保,高原反应回成都老家住院了,能用拉萨的医保吗");
    }

    /** Which way of drawing the balance suits someone unused to the internet: the source's word on each channel. */
    @Test
    void theChannelsOfAWithdrawalSayWhomTheySuit() {
        assertThat(ask("withdrawalProcedure { channels { type description } }", "深圳医保余额提取,我不太会用手机,网上办和去银行柜台办哪个合适")
                .getList("withdrawalProcedure.channels.findAll { it.type == 'BANK_COUNTER' }.description"),
                hasItem(containsString("适合不熟悉网络操作的参保人")));
    }

    /** How to download a certificate of one's contributions (个人参保缴费证明), which a new employer asks for: only when asked. */
    @Test
    void aContributionCertificateIsAnsweredOnlyWhenAsked() {
        assertGivenOnlyWhenAsked("national-account-contribution-certificate", "单位交的医保有多少进个人账户",
                "支付宝能下载医保缴费证明吗,新单位要", "新单位要参保证明 手机上怎么开",
                "How do I get a proof of contribution for my new employer?");
    }

    /** Whether a card must be activated, and why one is declined (已激活、卡内余额充足、医保定点机构): only when asked. */
    @Test
    void whatACardNeedsToWorkIsAnsweredOnlyWhenAsked() {
        assertGivenOnlyWhenAsked("national-account-card-activation", "医保个人账户有哪些规定",
                "新领的医保卡要先激活吗", "医保卡在药店刷不了是啥原因",
                "My medical insurance card was declined at the pharmacy. Why?");
        // a card used where another place is named is a card used away from home
        assertThat(ask("intents", "广东的医保卡回广西老家能直接刷吗").getList("intents"), not(hasItem("CARD_DECLINED")));
    }

    /**
     * Why the balance may not be drawn at will, asked with no place: the one source that gives the reason is 深圳's
     * (专款专用, 防止资金被挪用于非医疗用途), and its rule is among the hits, labelled with its place.
     */
    @Test
    void whyTheBalanceIsNotCashAtWillIsAnsweredByTheRuleThatGivesTheReason() {
        JsonPath answer = ask("intents hits { factId region { code } }", "为啥医保个人账户的钱不让随便取出来");
        assertThat(answer.getList("intents"), hasItem("CASH_REASON"));
        assertThat(answer.getString("hits.find { it.factId == 'shenzhen-account-cash-access' }.region.code"),
                equalTo("440300"));
        assertThat(ask("intents", "Why can't I take out my medical account balance whenever I want?").getList("intents"),
                hasItem("CASH_REASON"));
    }

    /** What records at a non-designated hospital affect: 南京's rule, given when asked wherever the place, and said so. */
    @Test
    void whatRecordsAtANonDesignatedHospitalAffectIsAnsweredOnlyWhenAsked() {
        String selection = "intents accountFacts { factId region { name } } disclaimer";
        JsonPath asked = ask(selection, "在非定点医院看过病，记录会影响我提取医保余额吗");
        assertThat(asked.getList("intents"), hasItem("RECORD_EFFECT"));
        assertThat(asked.getString("accountFacts.find { it.factId == 'nanjing-account-non-designated-records' }.region.name"),
                equalTo("南京市"));
        assertThat(asked.getString("disclaimer"), containsString("南京市"));
        assertThat(ask(selection, "南京医保个人账户有哪些规定").getList("accountFacts.factId"),
                not(hasItem("nanjing-account-non-designated-records")));
        assertThat(ask(selection, "医保卡在非定点药店能用吗").getList("intents"), not(hasItem("RECORD_EFFECT")));
    }

    /** Privacy online, whether the rules are the same everywhere, whether part may be drawn: the notices answer. */
    @Test
    void precautionsAskedInOtherWordsGetTheNoticesThatSayThem() {
        Map<String, String> notices = Map.of(
                "网上办医保业务怎么保护个人隐私", "national-notice-privacy",
                "医保余额提取的条件全国统一吗", "national-notice-policy-differences",
                "符合条件的话医保余额能只提一部分吗", "national-notice-policy-differences",
                // the consequences of cashing out are the penalty 深圳's notice on fraud names, the only one that says
                "拿医保卡去套现有什么后果", "shenzhen-notice-fraud");
        notices.forEach((question, notice) -> assertThat(question,
                ask("notices { factId }", question).getList("notices.factId"), hasItem(notice)));
    }

    /** A number quoted with no place named (0997-5822569 是哪个县的): the place of the office that has it. */
    @Test
    void anOfficesNumberQuotedNamesItsPlace() {
        JsonPath answer = ask("region { code } topic contacts { phone }", "0997-5822569 是哪个县的医保电话");
        assertThat(answer.getString("region.code"), equalTo("652929"));
        assertThat(answer.getString("topic"), equalTo("CONTACT"));
        assertThat(answer.getList("contacts.phone"), hasItem("0997-5822569"));
        assertThat(regionOf("Whose number is 09972201198?"), equalTo("652901"));
        assertThat(regionOf("0755-12345678是哪里的电话"), equalTo("000000")); // no office has it
    }

    /** Insured at the prefecture's own level (地区本级), whatever city or county is named: the prefecture is asked about. */
    @Test
    void anAccountAtThePrefecturesOwnLevelIsThePrefecturesNotACitysWithinIt() {
        String inTheCity = "我在阿克苏市上班，医保是地区本级参保的，不是市里的，医保中心电话多少";
        Map<String, String> regions = Map.of(inTheCity, "652900",
                "我住温宿县，单位在行署，医保个人账户的事打哪个电话", "652900",
                "I work in Kuqa, insured at the Aksu prefecture-level centre: what is its phone number?", "652900",
                "我住温宿县，医保个人账户的事打哪个电话", "652922",
                // the county's own office asked about, the prefecture's only as a fallback
                "拜城县医保中心电话多少？打不通的话能打地区本级的吗", "652926");
        regions.forEach((question, code) -> assertThat(question, regionOf(question), equalTo(code)));
        assertThat(ask("otherRegions { code }", inTheCity).getList("otherRegions.code"), contains("652901"));
    }

    /**
     * Employee insurance is paid where one works: the asker's workplace is the account's place rather than a home town
     * (unless the home town's account is asked about); a place only travelled to, or where a relative lives while the
     * asker's own account is asked about, is no account's place at all.
     */
    @Test
    void theAskersWorkplaceIsTheAccountsAndAPlaceTravelledToOrWhereARelativeLivesIsNone() {
        Map<String, String> regions = Map.of(
                "我在深圳上班,医保卡忘在湖南老家了,还能查余额吗", "440300",
                "我在北京上班,老家是阿克苏地区拜城县的,老家医保个人账户的事打哪个电话", "652926",
                "阿克苏市参保的,出差到乌鲁木齐能在药店刷个人账户吗", "652901",
                "I'm on a business trip in Tibet. Can I check my medical insurance balance online?", "000000",
                "爸妈在湖南老家,我能把我个人账户的钱转给他们用吗", "000000",
                "My parents live in Sichuan. Can my personal account pay their hospital bills?", "000000",
                // a relative's own account asked about is theirs, where they joined it (在康定参加的)
                "我在广州上班,我爸在贵阳老家,他医保个人账户余额怎么查", "520100",
                "我妈在康定参加的职工医保,我在深圳打工,能帮她查个人账户余额吗", "513301");
        regions.forEach((question, code) -> assertThat(question, regionOf(question), equalTo(code)));
        // a home town's 老家 is not read for the place named after it (会不会打到福建这边)
        assertThat(regionOf("我在福建打工,想打电话问黑龙江老家医保个人账户的事,直接拨12333会不会打到福建这边"), equalTo("230000"));
        // in English, where the asker works beside a relative's place leaves it to whose account is asked about
        assertThat(regionOf("I work in Hefei and my dad is in hospital in Anqing. Can my personal account pay his bills?"),
                equalTo("340100"));
        // a place whose insurance (医保说) will not take the balance in is the one moved to
        assertThat(regionOf("我在庆阳的厂里干了八年,现在去西安上班,西安医保说不接收个人账户余额,我办支取要带哪些材料?"),
                equalTo("621000"));
        // so is one that says it will take the balance in
        assertThat(regionOf("我从深圳跳槽去杭州,杭州那边说可以接收医保个人账户余额,我能直接在深圳把钱取出来吗?"), equalTo("440300"));
        // with only the place moved to named, the account's place is not named: the nation's rules answer
        JsonPath movedTo = ask("region { code } otherRegions { code }",
                "我从外地调到天津上班,天津说不收个人账户余额,回原来参保的地方办支取要准备哪些材料");
        assertThat(movedTo.getString("region.code"), equalTo("000000"));
        assertThat(movedTo.getList("otherRegions.code"), contains("120000"));
        // where a relative works, whose own account is asked about, is that account's place, not where the asker lives
        assertThat(regionOf("我儿子在深圳打工出车祸走了,我们老两口在平凉农村,他医保个人账户里的钱我们能领吗?"), equalTo("440300"));
        assertThat(regionOf("我在杭州,女儿在深圳上班,她的医保个人账户余额提取申请交上去一个礼拜了,能打电话问进度吗?"),
                equalTo("440300"));
        assertThat(ask("otherRegions { code }", "爸妈在湖南老家,我能把我个人账户的钱转给他们用吗")
                .getList("otherRegions.code"), contains("430000"));
        // a relative's own insurance place (我娘在临沂…交居民医保, 她是湖北老家的居民医保) is not the account asked about
        // when the asker's is
        assertThat(regionOf("我娘在临沂农村交的居民医保,我在青岛跑货运,能用医保钱包把我账户里的钱转给她交保费吗"),
                equalTo("370200"));
        assertThat(regionOf("我媳妇跟我在深圳住,她是湖北老家的居民医保,我交深圳一档,她看门诊能刷我的个人账户吗"),
                equalTo("440300"));
        // a street named after a place, with its number (北京路67号), is no place
        assertThat(regionOf("阿克苏北京路67号是医保局吗"), equalTo("652900"));
        // the asker's account named with its place (我广州的个人账户) is still the asker's
        assertThat(regionOf("我在广州上班,我爸是江西的退休职工医保,我广州的个人账户能给我爸买药吗"), equalTo("440100"));
        // a place willing to take the balance in (愿意接收) is the one moved to
        assertThat(regionOf("我从深圳调到南宁上班,南宁那边愿意接收个人账户余额,我还能在深圳把钱取出来吗"), equalTo("440300"));
        // where the asker comes from, said before where they work now, is not the account's place; where they only
        // stay is not a workplace
        assertThat(regionOf("我是湖南邵阳的，在广州开货车，医保个人账户的钱能取吗"), equalTo("440100"));
        assertThat(regionOf("我是四川甘孜的，在成都给女儿带孩子，我的医保个人账户余额能转给她用吗"), equalTo("513300"));
        // a place come from right before the place come to (湖南来深圳, 从信阳乡下出来在郑州)
        assertThat(regionOf("我是湖南来深圳打工的，医保个人账户余额咋查"), equalTo("440300"));
        assertThat(regionOf("我从信阳乡下出来在郑州上班，医保个人账户能取吗"), equalTo("410100"));
        // the place asked about (想问问南充那边), where the asker only is
        assertThat(regionOf("我在上海，我爸在四川南充老家，他医保的事想问问南充那边，我在上海打什么电话"), equalTo("511300"));
        assertThat(regionOf("I'm a retired miner from Datong living with my daughter in Tianjin. What number should I"
                + " call to ask Datong about my personal account?"), equalTo("140200"));
        // a place the asker spends the winter in is not the account's
        assertThat(regionOf("我在三亚过冬，能用医保个人账户的钱给老家的孙子买药吗"), equalTo("000000"));
        // of a place and one within it, both the account's (医保在杭州交…浙江医保卡), the narrower
        assertThat(regionOf("我医保在杭州交,人住绍兴,在绍兴看病浙江医保卡能直接结算吗"), equalTo("330100"));
        // the insurance words after a relative in a place (在湖南的女儿交医保) are the relative's
        assertThat(regionOf("医保钱包能转给在湖南的女儿交医保费吗,我是武汉的"), equalTo("420100"));
    }

    @Test
    void theAccountsPlaceIsTheSubjectNotWhereTheAskerWorksNorAPlaceDealtWith() {
        String selection = "region { code } otherRegions { code }";
        JsonPath works = ask(selection, "我在北京上班，医保还在老家阿克苏市，老家医保局电话多少");
        assertThat(works.getString("region.code"), equalTo("652901"));
        assertThat(works.getList("otherRegions.code"), contains("110000"));
        JsonPath dealtWith = ask(selection, "深圳的我查过了，那南京医保余额怎么查");
        assertThat(dealtWith.getString("region.code"), equalTo("320100"));
        JsonPath english = ask(selection,
                "I live in Shanghai but my medical insurance is still in Nanjing. How do I check it?");
        assertThat(english.getString("region.code"), equalTo("320100"));
        JsonPath qualified = ask(selection, "Kalpin County (Aksu) medical insurance centre phone number");
        assertThat(qualified.getString("region.code"), equalTo("652929"));
        JsonPath commaQualified = ask(selection, "Aksu city, Xinjiang: where can I check my medical insurance balance?");
        assertThat(commaQualified.getString("region.code"), equalTo("652901"));
        assertThat(regionOf("我在库车这边的钱能取吗，乌鲁木齐那边说不接收个人账户余额"), equalTo("652902"));
        assertThat(regionOf("之前在南京工作，现在在乌鲁木齐上班，这边说不接收，那南京账户里剩下的钱能取出来吗"), equalTo("320100"));
        // Cantonese: a place that will not take the balance (湖南嗰边唔接收) is the one moved to; a place where someone has no
        // insurance (在常州没有医保) is no account's place
        assertThat(regionOf("我喺东莞做咗三年,听讲湖南嗰边唔接收医保个人账户余额,咁东莞账户啲钱可唔可以攞出嚟"), equalTo("441900"));
        assertThat(regionOf("我同学在常州没有医保,他让我把南京的医保卡借给他去药店买药,这样做会怎么样"), equalTo("320100"));
        // her medical bills are not her account: the asker's place, where the asker is insured
        assertThat(regionOf("My mom lives in Guilin and I work in Shenzhen with tier-1 insurance. Can my personal account "
                + "pay her medical bills?"), equalTo("440300"));
        // an account already moved (医保已经转到南京了) is in the place moved to
        assertThat(regionOf("我从深圳调到南京工作,医保已经转到南京了,南京的个人账户能给在南京上学的女儿看病用吗"), equalTo("320100"));
        // where the asker comes from is less the account's place than where they work; 人社局 is not a person
        JsonPath origin = ask(selection, "我是河北邢台人，在天津做外卖骑手，想看看医保个人账户余额，用支付宝怎么查");
        assertThat(origin.getString("region.code"), equalTo("120000"));
        assertThat(origin.getList("otherRegions.code"), hasItem("130500"));
        assertThat(regionOf("深圳人社局的电话多少"), equalTo("440300"));
        // nor is a place the asker came from (广西来的, 从重庆赶过去), though account words follow it
        assertThat(regionOf("我是广西来的,在深圳送快递,单位交了职工医保,个人账户余额打电话能查吗"), equalTo("440300"));
        assertThat(regionOf("我妈在深圳去世了，我从重庆赶过去办她医保余额的提取"), equalTo("440300"));
        // where a relative worked and paid, when the relative's account is asked about; where one lives for long is
        // no account's place
        assertThat(regionOf("我爸在深圳上班交了十几年职工医保,上个月走了,我们都在成都,他医保卡里的钱能取吗"), equalTo("440300"));
        assertThat(regionOf("我妈户口在达州,现在跟我在海南长住,她职工医保个人账户的余额能取出来吗"), equalTo("511700"));
        // where a relative retired is where the relative is insured, though the asker works elsewhere
        assertThat(regionOf("我在深圳上班,我爸在老家桂林退休了,他想知道自己医保卡里还有多少钱,我能帮他在网上查吗"), equalTo("450300"));
        // the relative's own account asked about (她医保卡, 她那个): the relative's place, named before or after them
        assertThat(regionOf("我在南京工作,想帮盐城老家的妈妈查一下她医保卡还剩多少钱,该怎么查?"), equalTo("320900"));
        assertThat(regionOf("我在乌鲁木齐上班交职工医保,我老婆在喀什老家交的居民医保,她那个有没有个人账户?"), equalTo("653100"));
        // the place moved to, where the new employer pays in, is the account's; not one only moved to
        assertThat(regionOf("我刚从长沙跳槽到杭州,新公司已经给我交了职工医保,个人账户余额在哪查"), equalTo("330100"));
        assertThat(regionOf("我在南京交了五年医保,现在跳槽到杭州了,个人账户的钱能转过去吗"), equalTo("320100"));
        // where the asker works and pays in (在无锡打工,交的是职工医保) is no place only worked in
        assertThat(regionOf("我在无锡打工,交的是职工医保,老家爸妈在河南,他们看病能用我个人账户的钱吗"), equalTo("320200"));
        // or the relative is insured there (她是职工医保), and the asker would check for them (帮她在网上查)
        assertThat(regionOf("我在杭州上班,我妈在江西九江老家,她是职工医保退休的,我想帮她在网上查一下医保卡余额"), equalTo("360400"));
        // in English, the balance from a place is that place's, whatever place the asker changes jobs to
        assertThat(regionOf("Will my insurance balance from Nanjing follow me if I change jobs to Hangzhou?"),
                equalTo("320100"));
        // and the place the balance is withdrawn from, though another place will not take it in
        assertThat(regionOf("I worked in Shenzhen for five years and now I'm moving back to Xi'an for a new job. The "
                + "Xi'an side says they won't take my medical account balance. Can I withdraw it from Shenzhen?"),
                equalTo("440300"));
        // a relative's account that money is moved to (转一部分到她账户上) is not the account asked about
        assertThat(regionOf("我是甘孜州的职工医保参保人,女儿在江苏工作也参了医保,我想把个人账户里的钱转一部分到她账户上给她看病用"),
                equalTo("513300"));
        // of two places cued alike, the one whose account the asking clause names; not one it compares with
        assertThat(regionOf("我是包头的,年轻时在深圳打了几年工交过职工医保,后来回包头参保了,当年也没办转移,现在深圳医保卡里那点钱能弄出来吗?"),
                equalTo("440300"));
        assertThat(regionOf("广西的医保叫什么,和广东的粤医保一样吗"), equalTo("450000"));
        // the account's words before a place and the narrower place right after it: the narrower one
        assertThat(regionOf("我户口和医保都在阿克苏地区温宿县,现在人在乌鲁木齐打工,想问问医保个人账户的事,该打哪个电话?"),
                equalTo("652922"));
        // a place only wintered in is no account's place
        assertThat(regionOf("I'm a retiree from Dalian spending the winter in Sanya. What can my medical insurance "
                + "personal account be used for?"), equalTo("210200"));
        // a place and one inside it asked about side by side: the wider, whose answer holds the narrower's offices
        assertThat(regionOf("阿克苏地区医保中心和阿克苏市医保中心的电话分别是多少"), equalTo("652900"));
    }

    @Test
    void theAccountStaysWhereTheAskerWorkedBeforeAndALaterPlaceSetAgainstTheFirstIsAskedAbout() {
        // where the asker used to work, not where the new job is
        assertThat(regionOf("我原来在苏州上班，现在调到无锡了，医保余额能取出来吗"), equalTo("320500"));
        // but where one went on paying after moving (后来回…又交了两年) is the account's now, asked about both periods
        assertThat(regionOf("我在广州交了三年职工医保，后来回湖南岳阳老家又交了两年，两段年限能合并吗"), equalTo("430600"));
        assertThat(regionOf("I work in Xiamen and I'm moving to Fuzhou. If Fuzhou won't take my medical insurance "
                + "balance, can I withdraw it?"), equalTo("350200"));
        assertThat(regionOf("If I change jobs from Xiamen to Fuzhou, what happens to my medical insurance "
                + "personal account balance?"), equalTo("350200"));
        // the place that will not take the balance in is the one moved to, whatever account words follow it
        assertThat(regionOf("我在南京上了六年班，现在调去合肥，合肥那边说不接收我的个人账户余额，这钱咋办"), equalTo("320100"));
        assertThat(regionOf("I used to work in Xiamen and now live in Fuzhou. Fuzhou says it won't accept my "
                + "balance. Can I withdraw it from Xiamen?"), equalTo("350200"));
        // the place of the relative the balance is given to (转给在呼伦贝尔的我爸) is not the account's
        assertThat(regionOf("我弟在四川甘孜上班,他医保个人账户的钱能转给在呼伦贝尔的我爸用吗"), equalTo("513300"));
        // typed without stops, a space ends the clause: the home province's 老家 is not where the account is
        assertThat(regionOf("我在厦门开网约车三年 现在要回江西老家了 医保个人账户的钱能取出来吗"), equalTo("350200"));
        // "那" sets the second place against the first: it is the one asked about
        assertThat(regionOf("广东的门槛是多少我知道，那广西的门槛是多少"), equalTo("450000"));
        // and so does asking what the first is called, of the second
        assertThat(regionOf("广东叫粤医保 广西叫什么"), equalTo("450000"));
        assertThat(regionOf("In Guangdong the app is called Yue Yibao. What is it called in Guangxi?"),
                equalTo("450000"));
        // the place whose bureau is named (阿克苏市医疗保障局) is the one asked about, not the one the asker comes from
        assertThat(regionOf("我爷爷住在阿克苏市，我下个月从乌鲁木齐回去陪他，阿克苏市医疗保障局冬天几点上班"), equalTo("652901"));
        // a colleague's place (在上海外企上班的同事说) is not the account's; asked on a relative's behalf (帮他查), the
        // relative's place is
        assertThat(regionOf("我在上海外企上班的同事说医保余额可以在网上申请取出来,我是在老家泰安交的职工医保,泰安这边线上怎么弄?"), equalTo("370900"));
        assertThat(regionOf("我弟在拜城县上班交的职工医保,我在杭州帮他查一下医保中心电话是多少?"), equalTo("652926"));
        assertThat(regionOf("我爸住在拜城县，我在杭州上班，帮他打哪个电话问医保的事"), equalTo("652926"));
        // a county named within the relative's prefecture is the relative's place too
        assertThat(regionOf("我老公在阿克苏地区的柯坪县工作,他医保卡余额怎么查"), equalTo("652929"));
        // a short name read as the place the question named in full (阿克苏市), not the prefecture around it
        assertThat(regionOf("我老家是阿克苏市的，医保也在阿克苏交，医保局电话多少"), equalTo("652901"));
    }

    @Test
    void aThresholdQuestionGetsBothSidesOfTheDisputedThreshold() {
        // Writers file such a question under usage or under the account's rules (general); both answers hold the
        // threshold's facts.
        JsonPath answer = ask("深圳医保余额要超过多少才能在药店买药");
        assertThat(answer.getString("topic"), oneOf("USAGE", "GENERAL"));
        assertThat(answer.getList("accountFacts.factId"), hasItems("shenzhen-account-usage-threshold-removed",
                "shenzhen-account-usage-threshold-6972"));
        assertThat(answer.getString("disclaimer"), containsString("disputeNote"));
    }

    @Test
    void spendingForRelativesAlsoGetsTheWalletThatReachesThemElsewhere() {
        JsonPath national = ask("topic usageScenarios { category } accountFacts { factId }",
                "能用我的医保个人账户帮老婆交居民医保吗");
        assertThat(national.getString("topic"), equalTo("USAGE"));
        assertThat(national.getList("accountFacts.factId"), hasItem("national-account-wallet-pilot"));
        JsonPath ganzi = ask("topic accountFacts { factId }", "理塘这边医保个人账户的钱能给在成都的孙子看病用吗");
        assertThat(ganzi.getString("topic"), equalTo("USAGE"));
        assertThat(ganzi.getList("accountFacts.factId"), hasItems("ganzi-account-wallet-transfer",
                "national-account-wallet-pilot"));
        // keywords spaced apart read as the words they make (外地 用: use elsewhere)
        assertThat(ask("accountFacts { factId }", "甘孜 医保 外地 用").getList("accountFacts.factId"),
                hasItem("ganzi-account-wallet-transfer"));
        // a brother is a relative too: the family use says whom it covers
        assertThat(ask("usageScenarios { category }", "医保个人账户的钱能给我弟弟付看病的钱吗")
                .getList("usageScenarios.category"), hasItem("FAMILY_MUTUAL_AID"));
        // and in the words of the south-west: 屋头 (at home), 娃儿 (a child)
        assertThat(ask("usageScenarios { category }", "深圳医保个人账户能给屋头老人买药看病不")
                .getList("usageScenarios.category"), hasItem("FAMILY_MUTUAL_AID"));
        assertThat(ask("accountFacts { factId }", "甘孜上班交的医保，娃儿在成都生病了，余额能转给他用不")
                .getList("accountFacts.factId"), hasItem("ganzi-account-wallet-transfer"));
        assertThat(ask("accountFacts { factId }", "深圳医保个人账户能在药店买药吗").getList("accountFacts"), empty());
    }

    @Test
    void whichPartOfABillTheAccountPaysIsTheShareBelowTheDeductible() {
        assertThat(ask("usageScenarios { category }", "住院结账的时候个人账户扣的是哪一块")
                .getList("usageScenarios.category"), hasItem("COST_SHARE"));
    }

    @Test
    void whatTheQuestionWantsOutweighsTheMatterItIsAbout() {
        // Writers file taking some cash out now and then as a withdrawal (28 of 29 such questions); the rule on cash
        // answers it.
        JsonPath freely = ask("topic accountFacts { topic }", "北京的医保卡里的钱平时想取点出来用可以吗");
        assertThat(freely.getString("topic"), equalTo("WITHDRAWAL"));
        assertThat(freely.getList("accountFacts.topic"), everyItem(equalTo("CASH_ACCESS")));
        JsonPath number = ask("topic contacts { phone }", "老伴去世了想办继承支取，阿瓦提县医保中心电话多少");
        assertThat(number.getString("topic"), equalTo("CONTACT"));
        assertThat(number.getList("contacts.phone"), hasItem("0997-5137455"));
        assertThat(ask("notices { factId }", "南京医保余额全部提出来以后，这个账户还能继续用吗").getList("notices.factId"),
                hasItem("nanjing-notice-account-closed"));
    }

    @Test
    void checkingWithoutASmartphoneGetsTheOfflineChannelsAndByPhoneIsABalanceQuery() {
        JsonPath offline = ask("topic queryChannels { type }", "深圳医保余额怎么查 我不会用手机");
        assertThat(offline.getString("topic"), equalTo("BALANCE_QUERY"));
        assertThat(offline.getList("queryChannels.type"), not(empty()));
        assertThat(offline.getList("queryChannels.type"), everyItem(
                is(oneOf("PHONE", "SERVICE_WINDOW", "SELF_SERVICE_TERMINAL", "DESIGNATED_PROVIDER"))));
        // a web page is reached without a smartphone too; asking whether there is a way on the phone is not lacking one
        assertThat(ask("queryChannels { type }", "医保余额 网页 查询 不装APP").getList("queryChannels.type"),
                hasItem("WEBSITE"));
        assertThat(ask("intents", "我在长沙上班,有没有手机上就能查医保余额的办法?").getList("intents"),
                not(hasItem("NO_SMARTPHONE")));
        // what else the app shows, such as a reimbursement's progress, is the apps' channel
        assertThat(ask("queryChannels { type }", "医保APP能查报销进度吗").getList("queryChannels.type"),
                hasItem("MOBILE_APP"));
        assertThat(ask("topic", "温宿县医保余额能打电话查吗").getString("topic"), equalTo("BALANCE_QUERY"));
    }

    @Test
    void checkingOnlineGetsTheAppsTooAndTheOfficialWebsiteTheWebsite() {
        JsonPath online = ask("topic queryChannels { type }", "我在杭州上班,现在人在阜阳老家,想查一下杭州职工医保个人账户余额,有什么线上的办法?");
        assertThat(online.getString("topic"), equalTo("BALANCE_QUERY"));
        assertThat(online.getList("queryChannels.type"), hasItems("WEBSITE", "MOBILE_APP", "ALIPAY"));
        assertThat(ask("queryChannels { type }", "深圳医保官网查余额要输啥子").getList("queryChannels.type"),
                everyItem(equalTo("WEBSITE")));
    }

    /**
     * A province's own rules answer beside the nation's they do not replace: 湖南's mini program beside the national
     * channels, 广东's rule on using its card in 广西.
     */
    @Test
    void aProvincesOwnRulesAnswerBesideTheNationsTheyDoNotReplace() {
        JsonPath anyWay = ask("topic queryChannels { type name inheritedFrom { code } }", "长沙职工医保余额怎么查");
        assertThat(anyWay.getString("topic"), equalTo("BALANCE_QUERY"));
        assertThat(anyWay.getList("queryChannels.type"), hasItems("MINI_PROGRAM", "PHONE"));
        assertThat(anyWay.getString("queryChannels.find { it.type == 'MINI_PROGRAM' }.inheritedFrom.code"),
                equalTo("430000"));
        assertThat(ask("queryChannels { name }", "湖南医保余额用什么小程序查").getList("queryChannels.name"),
                hasItem(containsString("湘医保")));
        JsonPath inGuangxi = ask("topic region { code } usageScenarios { factId }", "广东的医保卡在广西能用吗");
        assertThat(inGuangxi.getString("topic"), equalTo("USAGE"));
        assertThat(inGuangxi.getString("region.code"), equalTo("440000"));
        assertThat(inGuangxi.getList("usageScenarios.factId"), hasItem("guangdong-usage-in-guangxi"));
        // 到广西能直接用吗 the vote files as general by a hair (0.46 to 0.43); the rule still answers first among the hits
        assertThat(ask("hits { factId }", "广东的医保卡到广西能直接用吗").getString("hits[0].factId"),
                equalTo("guangdong-usage-in-guangxi"));
    }

    /** Which app to check with: a province's own carries its brand (桂医保), beside the national apps. */
    @Test
    void askingWhichAppGetsTheProvincesBrandWhereItHasOne() {
        JsonPath inGuangxi = ask("topic queryChannels { type } accountFacts { factId }", "南宁医保余额用什么app查");
        assertThat(inGuangxi.getString("topic"), equalTo("BALANCE_QUERY"));
        assertThat(inGuangxi.getList("queryChannels.type"), hasItem("MOBILE_APP"));
        assertThat(inGuangxi.getList("accountFacts.factId"), hasItem("guangxi-account-brand-name"));
        assertThat(ask("accountFacts { factId }", "长沙医保余额打电话怎么查").getList("accountFacts"), empty());
        // asked what the province's platform is called, to check the balance by it
        JsonPath platform = ask("topic accountFacts { factId }", "广西这边的医保平台叫啥，想查个人账户余额");
        assertThat(platform.getString("topic"), equalTo("BALANCE_QUERY"));
        assertThat(platform.getList("accountFacts.factId"), hasItem("guangxi-account-brand-name"));
        // asked what the province's mini program is called, with nothing to check by it: the mini program itself
        JsonPath named = ask("topic queryChannels { type name }", "湖南的医保小程序叫什么名字");
        assertThat(named.getString("topic"), equalTo("GENERAL"));
        assertThat(named.getList("queryChannels.type"), everyItem(equalTo("MINI_PROGRAM")));
        assertThat(named.getList("queryChannels.name"), hasItem(containsString("湘医保")));
        // asked what else the app shows: the apps, whose descriptions say, whichever topic the question is filed under
        // (dev232's writer filed this very question as a balance query)
        JsonPath shows = ask("queryChannels { type }", "医保APP除了查余额还能查报销进度吗");
        assertThat(shows.getList("queryChannels.type"), hasItem("MOBILE_APP"));
        // and which mini program shows the year's reimbursements: the province's own, and the nation's rule on it
        JsonPath reimbursed = ask("queryChannels { name } accountFacts { factId }", "长沙医保有啥小程序能看今年报销了多少");
        assertThat(reimbursed.getList("queryChannels.name"), hasItem(containsString("湘医保")));
        assertThat(reimbursed.getList("accountFacts.factId"), hasItem("national-account-reimbursement-overview"));
    }

    /** A tier named in a balance question (查余额一直是0，我是二档): whether that tier has an account at all answers. */
    @Test
    void aTierNamedInABalanceQuestionGetsWhetherTheTierHasAnAccount() {
        String zero = "我在深圳交二档医保,用APP查个人账户余额怎么老是0元";
        assertThat(ask("topic", zero).getString("topic"), equalTo("BALANCE_QUERY"));
        assertGivenOnlyWhenAsked("shenzhen-account-tiers", "深圳医保APP怎么查个人账户余额", zero);
    }

    /**
     * Everyday words: a relative who died of an illness (上个月肺癌走了), the insurance once the balance is drawn (领完了…医保
     * 关系还在吗), a city's own low-cost health insurance (惠蓉保, 沪惠保).
     */
    @Test
    void everydayWordsForADeathADrawnBalanceAndACitysHealthInsurance() {
        assertThat(ask("intents", "我爸在深圳交的职工医保,前年得了癌症,今年胃癌走了,他个人账户的钱我们能取吗")
                .getList("intents"), hasItem("DEATH"));
        assertThat(ask("intents", "深圳医保个人账户的钱我全取完了,那我的医保关系还算不算").getList("intents"),
                hasItem("AFTER_WITHDRAWAL"));
        JsonPath cityInsurance = ask("topic intents", "上海 个人账户 能不能买 沪惠保");
        assertThat(cityInsurance.getString("topic"), equalTo("USAGE"));
        assertThat(cityInsurance.getList("intents"), hasItem("COMMERCIAL_INSURANCE"));
        assertThat(ask("intents", "医保个人账户有啥优惠保障吗").getList("intents"), not(hasItem("COMMERCIAL_INSURANCE")));
    }

    /** A province's own brand (粤医保, 桂医保), with no place named, names the province; so does asking the app's name. */
    @Test
    void aProvincesBrandNamesTheProvince() {
        assertThat(regionOf("粤医保怎么查余额"), equalTo("440000"));
        assertThat(regionOf("桂医保能查个人账户吗"), equalTo("450000"));
        // a channel's everyday name that only one place's facts hold (自助服务终端: 深圳's) is no brand
        assertThat(regionOf("自助服务终端能查医保余额吗"), equalTo("000000"));
        // a place named is read before any brand: 广西's own question about 粤医保 is 广西's
        assertThat(regionOf("广西的医保跟粤医保一样吗"), equalTo("450000"));
        // the name of an app or a mini program (小程序 名字) asks for the brand, as 叫什么 does
        JsonPath name = ask("region { code } intents", "湖南 医保 小程序 名字");
        assertThat(name.getString("region.code"), equalTo("430000"));
        assertThat(name.getList("intents"), hasItem("BRAND"));
    }

    @Test
    void anEnglishQuestionReadsLikeTheSameQuestionInChinese() {
        JsonPath english = ask("Can I withdraw my Shenzhen balance if I emigrate?");
        JsonPath chinese = ask("深圳出国定居了医保余额能取出来吗");
        for (String field : List.of("region.code", "topic", "withdrawalConditions.id")) {
            assertThat(field, english.getString(field), equalTo(chinese.getString(field)));
        }
        assertThat(english.getList("intents"), hasItem("EMIGRATION"));
        assertThat(english.getString("disclaimer"), containsString("check with the local medical insurance office"));
        assertThat(chinese.getString("disclaimer"), containsString("请向当地医保经办机构核实"));
    }

    @Test
    void aCityWithoutRulesOfItsOwnGetsInheritedFactsAndIsToldSo() {
        JsonPath answer = ask("广州医保余额可以取出来吗");
        assertThat(answer.getString("region.code"), equalTo("440100"));
        assertThat(answer.getList("withdrawalConditions.inheritedFrom.code"), everyItem(equalTo("000000")));
        assertThat(answer.getString("disclaimer"), containsString("广州市没有单独收录的规定，部分内容沿用中国的规定"));
    }

    @Test
    void aQuestionWithoutAPlaceIsAnsweredAtNationalLevel() {
        JsonPath answer = ask("医保个人账户余额有利息吗");
        assertThat(answer.getString("region.code"), equalTo("000000"));
        assertThat(answer.getList("accountFacts.id"), hasItem("national-account-interest"));
        assertThat(answer.getString("disclaimer"), containsString("没有识别出地区"));
    }

    @Test
    void withoutAPlaceAnAccountRuleTheNationLacksIsAnsweredByTheRegionsThatHaveOneAndTheAnswerSaysSo() {
        JsonPath answer = ask("accountFacts { factId region { code } } disclaimer", "医保卡提现手续费一般是多少");
        assertThat(answer.getList("accountFacts.factId"), hasItems("nanjing-account-fee-general",
                "nanjing-account-fee-abroad"));
        assertThat(answer.getList("accountFacts.findAll { it.factId.startsWith('nanjing') }.region.code"),
                everyItem(equalTo("320100")));
        assertThat(answer.getString("disclaimer"), containsString("南京市的地方规定"));
        // whichever topic the question is read under: a withdrawal question asking what it costs gets them too
        JsonPath withdrawal = ask("topic accountFacts { factId }", "医保余额提取出来要交手续费吗，怎么提取");
        assertThat(withdrawal.getString("topic"), equalTo("WITHDRAWAL"));
        assertThat(withdrawal.getList("accountFacts.factId"), hasItems("national-account-cash-access",
                "nanjing-account-fee-general"));
        assertThat(ask("disclaimer", "What is the fee for withdrawing cash from the medical insurance card?")
                .getString("disclaimer"), containsString("the rules shown are those of 南京市"));
    }

    @Test
    void withoutAPlaceAUseTheNationHasNoRuleOnIsAnsweredByTheRegionsThatHaveOneAndTheAnswerSaysSo() {
        // the nation's uses say nothing of vaccination; 深圳's do
        JsonPath answer = ask("topic usageScenarios { category region { code } } disclaimer", "个人账户的钱能付预防接种吗");
        assertThat(answer.getString("topic"), equalTo("USAGE"));
        assertShenzhensVaccinationStandsIn(answer);
        assertThat(answer.getString("disclaimer"), containsString("深圳市的地方规定"));
    }

    @Test
    void aPlaceWhoseRulesAndItsAncestorsSayNothingOfAUseGetsTheRegionsThatDoAndTheAnswerSaysTheyMayNotApply() {
        // neither 长沙, 湖南 nor the nation has a rule on vaccination; 深圳 has
        JsonPath answer = ask("region { code } usageScenarios { category region { code } } disclaimer",
                "长沙打疫苗能用医保个人账户付钱吗");
        assertThat(answer.getString("region.code"), equalTo("430100"));
        assertShenzhensVaccinationStandsIn(answer);
        assertThat(answer.getString("disclaimer"), containsString("所列为深圳市的地方规定，仅供参考，不一定适用于长沙市"));
        // a place with a rule of its own on it keeps it
        assertThat(ask("usageScenarios { region { code } }", "深圳打疫苗能用医保个人账户付钱吗")
                .getList("usageScenarios.region.code"), everyItem(equalTo("440300")));
    }

    @Test
    void aNoticeOnlyOnePlaceGivesAnswersWhatWasAskedElsewhereLabelledWithItsPlace() {
        // only 南京's source says what becomes of the account once its balance is drawn
        JsonPath answer = ask("notices { factId region { code } } disclaimer", "医保余额取出来以后，个人账户还能继续用吗");
        assertThat(answer.getList("notices.factId"), hasItem("nanjing-notice-account-closed"));
        assertThat(answer.getList("notices.region.code"), hasItem("320100"));
        assertThat(answer.getString("disclaimer"), containsString("南京市的地方规定"));
        // a place that has it keeps its own, and gains no copy
        assertThat(ask("notices { factId }", "南京医保余额取出来以后，个人账户还能继续用吗").getList("notices.factId")
                .stream().filter("nanjing-notice-account-closed"::equals).count(), equalTo(1L));
    }

    @Test
    void aPlaceAnsweredOnlyByTheNationsRulesGetsOtherPlacesHitsOnWhatWasAskedAndIsToldWhoseTheyAre() {
        // 苏州 (and 江苏 above it) hold no rule on pharmacies; 深圳's says what a pharmacy sells on the account
        JsonPath answer = ask("region { code } hits { factId region { code } } disclaimer", "苏州职工医保余额在药店能买啥");
        assertThat(answer.getString("region.code"), equalTo("320500"));
        assertThat(answer.getList("hits.factId"), hasItem("shenzhen-usage-pharmacy"));
        assertThat(answer.getString("disclaimer"), containsString("检索结果中的深圳市"));
        // a place with rules of its own keeps its hits at home
        assertThat(ask("hits { region { code } }", "泰安医保余额在药店能买啥").getList("hits.region.code"),
                everyItem(oneOf("370900", "370000", "000000")));
    }

    /** The uses answered are vaccination's, and all of them 深圳's, the one region that has a rule on it. */
    private static void assertShenzhensVaccinationStandsIn(JsonPath answer) {
        assertThat(answer.getList("usageScenarios.category"), everyItem(equalTo("CHECKUP_AND_VACCINATION")));
        assertThat(answer.getList("usageScenarios.region.code"), everyItem(equalTo("440300")));
    }

    @Test
    void aCountyAnswersWithItsOwnContactsAndItsAncestorsRules() {
        JsonPath contact = ask("库车市医保中心的联系电话");
        assertThat(contact.getString("region.code"), equalTo("652902"));
        assertThat(contact.getList("contacts.id"), equalTo(List.of("kuche-contact-insurance-center")));
        // a prefecture's answer holds its cities' and counties' offices; a question naming no place, not all of them
        assertThat(ask("contacts { region { code } }", "阿克苏医保中心电话").getList("contacts.region.code"),
                hasItem("652902"));
        JsonPath nowhere = ask("医保局电话多少");
        assertThat(nowhere.getList("contacts"), empty());
        assertThat(nowhere.getList("queryChannels.factId"), hasItem("national-query-12333"));
        JsonPath withdrawal = ask("库车市医保余额出国了能取吗");
        assertThat(withdrawal.getList("withdrawalConditions.inheritedFrom.code"), everyItem(equalTo("000000")));
    }

    @Test
    void everyCountyIsAPlaceButOneWhoseNameIsAlsoAWordOnlyWhereAPlaceIsExpected() {
        JsonPath ruijin = ask("瑞金的医保个人账户余额怎么查");
        assertThat(ruijin.getString("region.code"), equalTo("360781"));
        assertThat(ruijin.getString("disclaimer"), containsString("瑞金市没有单独收录的规定"));
        assertThat(ask("我在江苏昆山厂里上班，医保卡里的钱能取出来吗").getString("region.code"), equalTo("320583"));
        // what happened there, right after 在
        assertThat(ask("我奶奶在昆山去世了，她医保卡里的钱怎么领").getString("region.code"), equalTo("320583"));
        assertThat(ask("我在义乌做外贸，医保个人账户的钱能取出来吗").getString("region.code"), equalTo("330782"));
        assertThat(ask("比如住院的话，医保个人账户能用吗").getString("region.code"), equalTo("000000"));
        // a workplace named after the place, then the work (永城煤矿), right after 在
        assertThat(ask("我老公在永城煤矿上班交的职工医保，他去世了，医保卡里的钱怎么领").getString("region.code"),
                equalTo("411481"));
        // or the insurance paid there (在延吉单位交的医保)
        assertThat(ask("我以前在延吉单位交的医保,后来出国了,个人账户的钱能取吗").getString("region.code"), equalTo("222401"));
        // 县城 is the county town, not 宣城 (县 is also read xuan)
        assertThat(ask("我在县城上班交职工医保，用微信怎么查余额").getString("region.code"), equalTo("000000"));
        // 比如县 (in Tibet) and 资源县 (in Guangxi) are counties; here they are words
        assertThat(ask("深圳的医保余额怎么查，比如用微信可以吗").getString("region.code"), equalTo("440300"));
        assertThat(ask("人力资源和社会保障局能查医保余额吗").getString("region.code"), equalTo("000000"));
        // 东方市, 公安县, 合作市 and 弥勒市 (Mile) are places too, but not here
        assertThat(ask("在东方医院看病能刷医保个人账户吗").getString("region.code"), equalTo("000000"));
        assertThat(ask("去公安局开的证明能用来取医保余额吗").getString("region.code"), equalTo("000000"));
        assertThat(ask("我在合作医疗报销过，个人账户还能用吗").getString("region.code"), equalTo("000000"));
        // a county's two-character full name in 县 wherever a place may start, whatever follows; 完成县里 names no 成县
        assertThat(ask("歙县打12333能查医保卡余额吗").getString("region.code"), equalTo("341021"));
        assertThat(ask("我完成县里的手续了，医保余额怎么查").getString("region.code"), equalTo("000000"));
        // after 下 (查下, 问一下) only before 的, 医保…: 了解一下合作医疗 is the cooperative scheme
        assertThat(regionOf("帮我查下汝州的医保卡余额"), equalTo("410482"));
        assertThat(regionOf("我想了解一下合作医疗保险和职工医保的区别"), equalTo("000000"));
        assertThat(ask("Can I use my medical insurance balance a mile away from home?").getString("region.code"),
                equalTo("000000"));
        assertThat(ask("I work in Yiwu, how do I check my medical insurance balance?").getString("region.code"),
                equalTo("330782"));
        // both 新和县 (in Aksu) and 新河县 (in Hebei) are Xinhe
        assertThat(ask("Medical insurance hotline of Xinhe County in Aksu").getString("region.code"), equalTo("652925"));
    }

    @Test
    void aDomainWordTypedWithOnePinyinSlipIsReadAsTheWord() {
        JsonPath interest = ask("topic intents accountFacts { topic }", "医保个人账户里的钱有利西吗");
        assertThat(interest.getList("intents"), hasItem("INTEREST"));
        assertThat(interest.getList("accountFacts.topic"), hasItem("INTEREST"));
        assertThat(ask("intents", "深圳医保余额能不能给孩子打逸苗").getList("intents"), hasItem("CHECKUP"));
        // a slip the reader leaves (一 is too common a character), listed as a known typo
        assertThat(ask("intents", "医保个人账户能打一苗吗").getList("intents"), hasItem("CHECKUP"));
        // 要去 is not 要取: grammar's characters are left as written
        assertThat(ask("intents", "我要去医院看病，医保个人账户能用吗").getList("intents"), not(hasItem("WITHDRAW")));
    }

    @Test
    void whatTheAccountIsIsAnsweredWithTheSourcesOwnWordsForIt() {
        JsonPath answer = ask("accountFacts { factId citations { quote } }", "医保个人账户是啥");
        assertThat(answer.getList("accountFacts.factId"), hasItem("national-account-what-it-is"));
        assertThat(answer.getList("accountFacts.citations.quote").toString(), containsString("医疗小金库"));
    }

    @Test
    void aGeneralQuestionAboutMovingJobsGetsTheRuleOnTheBalanceThatMoves() {
        JsonPath answer = ask("topic withdrawalConditions { kind }", "医保 个人账户 跨省 转移");
        assertThat(answer.getString("topic"), equalTo("GENERAL"));
        assertThat(answer.getList("withdrawalConditions.kind"), everyItem(equalTo("CROSS_REGION_EMPLOYMENT")));
        assertThat(answer.getList("withdrawalConditions.kind"), hasItem("CROSS_REGION_EMPLOYMENT"));
    }

    @Test
    void aWiderPlaceInBracketsOrAfterThemOnlySaysWhereThePlaceLies() {
        assertThat(ask("Can I use my Garze (Ganzi), Sichuan medical account balance in another province?")
                .getString("region.code"), equalTo("513300"));
    }

    @Test
    void whatFollowsAWithdrawalAndLeavingTheMainlandForGoodAreReadInEitherLanguage() {
        JsonPath after = ask("intents notices { factId }", "医保个人账户的钱提取了以后这个账户还能用吗");
        assertThat(after.getList("intents"), hasItem("AFTER_WITHDRAWAL"));
        assertThat(after.getList("notices"), not(empty()));
        // where the rules say the insurance ends once the balance is drawn, they answer (the move to another job's not)
        JsonPath ended = ask("withdrawalConditions { kind outcome }", "深圳医保余额一次性领完以后，我在深圳的医保关系还在吗");
        assertThat(ended.getList("withdrawalConditions.kind"), hasItems("EMIGRATION", "DEATH"));
        assertThat(ended.getList("withdrawalConditions.kind"), not(hasItem("CROSS_REGION_EMPLOYMENT")));
        assertThat(ended.getList("withdrawalConditions.outcome"), hasItem("终结在本市的医疗保险关系"));
        assertThat(ask("intents", "If I withdraw my Nanjing medical insurance balance, what happens to my personal "
                + "account afterwards?").getList("intents"), hasItem("AFTER_WITHDRAWAL"));
        JsonPath leaving = ask("topic withdrawalConditions { kind }", "I'm a Macau resident working in Zhuhai and "
                + "moving back to Macau for good. Can I get the money in my Zhuhai medical insurance personal account?");
        assertThat(leaving.getList("withdrawalConditions.kind"), hasItem("EMIGRATION"));
        assertThat(ask("intents", "Does my employee medical insurance account in Lanzhou keep the unused money for "
                + "next year?").getList("intents"), hasItem("CARRY_OVER"));
        assertThat(ask("intents", "听朋友说个人账户可以拿来买商业医疗险,靠谱吗").getList("intents"),
                hasItem("COMMERCIAL_INSURANCE"));
        assertThat(ask("intents", "交的职工医保年限还没满最低年限,个人账户里的钱能拿来补吗").getList("intents"),
                hasItem("TOP_UP"));
        // another's card: the notice that a card is for its holder only
        assertThat(ask("intents", "Can I let my friend use my medical insurance card?").getList("intents"),
                hasItem("ANOTHERS_CARD"));
        // a document named is a question on what to bring, read through its slip (复印见 for 复印件)
        assertThat(ask("intents", "医保个人账户余额支取需要身份证复印见吗").getList("intents"), hasItem("MATERIALS"));
        // 走了 after a relative or a time is a death, as 人走了 is
        assertThat(ask("intents", "我爸在南京交的职工医保,今年在苏州住院时走了,卡里的钱子女能取吗").getList("intents"),
                hasItem("DEATH"));
        // the north's 咋 is 怎么 (咋取: how to take it out), 往出取 is taking it out, 人没了 a death
        assertThat(ask("topic", "哈尔滨 医保卡 余额 咋取").getString("topic"), equalTo("WITHDRAWAL"));
        assertThat(ask("intents", "俺家老爷子在深圳交的医保,去年人没了,卡里的钱俺们咋往出取").getList("intents"),
                hasItem("DEATH"));
        // the balance beside what it buys is spent; the balance to be found out at a pharmacy is checked
        assertThat(ask("topic", "西安 医保余额 买药").getString("topic"), equalTo("USAGE"));
        assertThat(ask("topic", "Can a pharmacy in Shenzhen tell me how much is left in my medical insurance account?")
                .getString("topic"), equalTo("BALANCE_QUERY"));
        // a job in a second place is moving to work elsewhere, though no word says so; one place and a job is not
        assertThat(ask("intents withdrawalConditions { kind }", "我在宁波交了五年职工医保现在去温州工作了个人账户里的钱会不会作废")
                .getList("withdrawalConditions.kind"), hasItem("CROSS_REGION_EMPLOYMENT"));
        assertThat(ask("intents", "我在宁波上班，医保个人账户里的钱年底会不会作废").getList("intents"),
                not(hasItem("CROSS_REGION")));
        assertThat(ask("intents", "医保个人帐户可以帮老人付住院的自费部份吗").getList("intents"), hasItem("FAMILY"));
        // the channels to withdraw by are how it is done; to look after someone is not to look something up
        assertThat(ask("intents", "Which channels can I use to withdraw my Shenzhen medical insurance balance?")
                .getList("intents"), hasItem("HOW_TO_WITHDRAW"));
        assertThat(ask("topic", "I'm insured in Xiamen but staying in Beijing to look after my wife in hospital. Which "
                + "number should I call about my medical insurance account?").getString("topic"), equalTo("CONTACT"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "阿克苏医保局冬天几点上班 | HOURS | openingHours | 15:30-19:30",
            "阿克苏医保局地只在哪,我要过去办个人账户的事 | ADDRESS | address | 北京路67号" })
    void askedWhenOrWhereAnOfficeIsTheSubRegionWhoseOfficeSaysAnswers(String question, String intent, String detail,
            String expected) {
        // 阿克苏地区's own offices have neither hours nor an address in the sources; 阿克苏市's bureau has both
        // (地只 is a slip for 地址)
        JsonPath answer = ask("region { code } otherRegions { code } intents contacts { " + detail + " }", question);
        assertThat(answer.getString("region.code"), equalTo("652901"));
        assertThat(answer.getList("otherRegions.code"), hasItem("652900"));
        assertThat(answer.getList("intents"), hasItem(intent));
        assertThat(answer.getString("contacts[0]." + detail), containsString(expected));
    }

    @Test
    void anOfficesPhoneIsThePrefecturesQuestionAndItsAddressInEnglishTheCitys() {
        assertThat(ask("region { code }", "阿克苏医保局电话").getString("region.code"), equalTo("652900"));
        assertThat(ask("region { code }", "Aksu medical insurance bureau office address").getString("region.code"),
                equalTo("652901"));
    }

    @Test
    void questionsInTraditionalCharactersAndWrittenCantoneseAreAnswered() {
        JsonPath hotline = ask("region { code } topic", "東莞醫保熱線幾多號?");
        assertThat(hotline.getString("region.code"), equalTo("441900"));
        assertThat(hotline.getString("topic"), equalTo("CONTACT"));
        assertThat(ask("topic", "福州 醫保 餘額 點查").getString("topic"), equalTo("BALANCE_QUERY"));
        // 過身 is a death, 攞 is taking the money out
        JsonPath death = ask("topic intents", "我老公喺福州有职工医保,上個月過身咗,我點樣先可以攞佢醫保賬戶入面啲錢?");
        assertThat(death.getString("topic"), equalTo("WITHDRAWAL"));
        assertThat(death.getList("intents"), hasItem("DEATH"));
        assertThat(ask("intents", "深圳醫保個人賬戶可唔可以用嚟買商業保險?").getList("intents"),
                hasItem("COMMERCIAL_INSURANCE"));
    }

    @Test
    void domainWordsAreNotReadAsPlaceNames() {
        // 医保定点 contains 保定 (a city in Hebei); 国家医保服务平台 contains 国家, an alias of the nation.
        assertThat(ask("深圳医保定点药店能用个人账户吗").getString("region.code"), equalTo("440300"));
        assertThat(ask("医保定点药店能用个人账户吗").getString("region.code"), equalTo("000000"));
        // the national platform the asker uses is no place beside the relative's
        assertThat(ask("我老公是深圳医保,我想在国家医保服务平台APP上帮他查余额,怎么操作").getString("region.code"),
                equalTo("440300"));
    }

    @Test
    void aPlaceNameTypedWithOnePinyinSlipIsReadAsThatPlaceWherePlacesAreNamed() {
        // 杭洲 for 杭州, 西按 for 西安, 拜成县 for 拜城县: one character that sounds the same as the right one
        assertThat(ask("杭洲的医保余额出国定居能取吗").getString("region.code"), equalTo("330100"));
        assertThat(ask("我在西按上班，医保卡余额怎么查").getString("region.code"), equalTo("610100"));
        assertThat(ask("拜成县医保局在哪").getString("region.code"), equalTo("652926"));
        // and 依保 for 医保 after a county's short name
        assertThat(ask("拜城依保中心电话是多少").getString("region.code"), equalTo("652926"));
        // a county's name with its level as written is a place after any word: 那个百城县 (百 for 拜)
        assertThat(ask("呃我想问一下那个百城县医保中心电话是多少").getString("region.code"), equalTo("652926"));
        // 通话 sounds like 通化 (a city in Jilin), but nothing around it says that a place is meant
        assertThat(ask("医保的客服电话通话要收费吗").getString("region.code"), equalTo("000000"));
        // 新禾县 sounds like 新河县 (Hebei) and 新和县 (Aksu): the one with rules of its own is meant
        assertThat(ask("新禾县医保局电话多少").getString("region.code"), equalTo("652925"));
        // 是 typed for 市 before an office's name: the city, not the prefecture
        assertThat(ask("阿克苏是医保中心电话多少").getString("region.code"), equalTo("652901"));
        // a county only by its full name: 新领 (newly received) sounds like 新宁 (a county in Hunan)
        assertThat(ask("新领的医保卡怎么激活").getString("region.code"), equalTo("000000"));
        // a place slipped where someone quit a job (在哈尔冰辞职了: 冰 for 滨)
        assertThat(ask("在哈尔冰辞职了,医保个人账户余额怎么查").getString("region.code"), equalTo("230100"));
        // a county's name with its 县 marks a place after 在 too, whatever follows (种棉花)
        assertThat(ask("我在拜成县种棉花,医保余额怎么查").getString("region.code"), equalTo("652926"));
        // a new city (新城市) sounds like 兴城市 (Liaoning)
        assertThat(ask("换到新城市上班以后,原来医保个人账户的余额怎么处理").getString("region.code"), equalTo("000000"));
    }

    @Test
    void aCountyAfterItsPrefectureAndDeIsThatCounty() {
        // 库车 and 沙雅 are words too, read as places only where a place is expected: after 的, within the place before
        assertThat(regionOf("我在阿克苏的沙雅上班,医保余额怎么查"), equalTo("652924"));
        assertThat(regionOf("我哥在新疆阿克苏的库车上班,想问医保个人账户转移的事"), equalTo("652902"));
        // 合作 (a city in Gansu) does not lie within 深圳: 合作医疗 is the cooperative scheme
        assertThat(regionOf("深圳的合作医疗有个人账户吗"), equalTo("440300"));
        // an older English name from the gazetteer (Amoy: 厦门)
        assertThat(regionOf("Medical insurance hotline in Amoy?"), equalTo("350200"));
        // a county of 新疆 by its seat's Uyghur name (Korla: 库尔勒市)
        assertThat(regionOf("I work in Korla. Can my wife use my medical insurance personal account?"), equalTo("652801"));
    }

    @Test
    void aPlaceIsReadBeforeWhatIsDoneThereOrWhereInIt() {
        // 汝州 and 库车 are words too: a place only after 在… and before 乡下, 跑 (running a taxi), 灵活就业…
        assertThat(regionOf("我爸住在汝州乡下,没有智能手机,想知道医保卡里还有多少钱"), equalTo("410482"));
        assertThat(regionOf("我是在库车跑出租的,交的职工医保,个人账户里的钱能不能取"), equalTo("652902"));
        assertThat(regionOf("郑洲灵活就业交的医保有个人帐户吗"), equalTo("410100"));
        // 比如 (a county in Tibet) is a word before 农村 at the start of a question
        assertThat(regionOf("比如农村老人能用医保个人账户吗"), equalTo("000000"));
    }

    @Test
    void aRelativesPremiumIsPaidThroughTheWalletWhereverItsRuleIs() {
        // the nation has no rule on the wallet's transfer; 甘孜's answers, labelled as another place's
        JsonPath premium = ask("accountFacts { factId } disclaimer", "职工医保个人账户的钱能帮家里人交医保吗");
        assertThat(premium.getList("accountFacts.factId"), hasItem("ganzi-account-wallet-transfer"));
        assertThat(premium.getString("disclaimer"), containsString("甘孜"));
        // a relative's bills where the family mutual aid answers: no other place's wallet rule
        assertThat(ask("accountFacts { factId }", "我老婆能用我的医保个人账户看病吗").getList("accountFacts.factId"),
                not(hasItem("ganzi-account-wallet-transfer")));
    }

    @Test
    void aGroundForWithdrawalOnlyAnotherPlaceNamesIsGivenAsThatPlacesRule() {
        // only 南京's rules name giving up the employee insurance (主动放弃) as a ground; the nation's grounds come too
        JsonPath optOut = ask("withdrawalConditions { factId kind } disclaimer", "不想再交职工医保了,个人账户的余额能取出来吗");
        assertThat(optOut.getList("withdrawalConditions.factId"), hasItem("nanjing-withdrawal-voluntary-opt-out"));
        assertThat(optOut.getList("withdrawalConditions.kind"), hasItem("EMIGRATION"));
        assertThat(optOut.getString("disclaimer"), containsString("南京"));
        // retiring is answered by the nation's grounds, not by 深圳's pension paid elsewhere
        assertThat(ask("withdrawalConditions { factId }", "退休以后医保个人账户的余额能一次性取出来吗")
                .getList("withdrawalConditions.factId"), not(hasItem("shenzhen-withdrawal-retirement-relocation")));
    }

    @Test
    void aPlaceTypedWithOnePinyinSlipRightAfterItsProvinceIsReadAsThatPlace() {
        // 阿可苏 for 阿克苏, 甘紫 for 甘孜: only a place of the province named before it
        assertThat(ask("新疆阿可苏医保中心电话").getString("region.code"), equalTo("652900"));
        assertThat(ask("四川省甘紫医保钱包").getString("region.code"), equalTo("513300"));
        // the province's own words after it stay words
        assertThat(ask("新疆医保中心电话").getString("region.code"), equalTo("650000"));
    }

    @Test
    void southWesternWordsAndWhyAnApplicationFailedAreRead() {
        // 莫得 is 没有; 手续飞 a slip for 手续费
        assertThat(ask("intents", "南京医保卡体现要手续飞莫得").getList("intents"), hasItem("FEE"));
        JsonPath failed = ask("topic intents notices { factId }", "深镇医保余额提取失败了咋回事");
        assertThat(failed.getList("intents"), hasItem("FAILED"));
        assertThat(failed.getList("notices.factId"), hasItem("shenzhen-notice-accurate-information"));
    }

    /** Ways of saying what is asked, each read as its topic or among its intents (垒计, 夸年, 材了, 怎摸, 于额: slips). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Can I take out my personal account money in Hangzhou? | topic | WITHDRAWAL",
            "医保余额 提走 | topic | WITHDRAWAL",
            "广州社保局在哪，想去现场查个人账户 | topic | CONTACT",
            "我不太会用手机,医保个人账户的事想去现场找人问,深圳可以去哪些地方 | topic | CONTACT",
            "怎摸查医保卡里的于额 | topic | BALANCE_QUERY",
            // an office's number, though the asker means to check something by it
            "我妹在温宿县上班,想问问她医保个人账户的事,我帮她查一下温宿县医保中心电话是多少 | topic | CONTACT",
            "I'm leaving Suzhou to work in another province, what happens to my account? | intents | CROSS_REGION",
            "杭州医保个人账户里的钱是怎么来的 | intents | CREDITING",
            "医保个人帐户的钱能垒计吗 | intents | CARRY_OVER",
            "以后不想再交职工医保了，个人账户的钱能提走吗 | intents | OPT_OUT",
            "医保个人账户的钱能给小孩交医保吗 | intents | PREMIUM",
            "能拿我老婆的医保卡去药店买药吗 | intents | ANOTHERS_CARD",
            "孩子得了白血病,家里很困难,医保个人账户的钱能提出来吗 | intents | SERIOUS_ILLNESS",
            // leaving a job (辞职) for a second place is moving to work elsewhere
            "我从南京辞职回盐城老家了,个人账户里剩下的钱会没了吗 | intents | CROSS_REGION",
            "医保个人账户余额夸年还能用吗 | intents | CARRY_OVER",
            "推休人员要带哪些材了 | intents | MATERIALS",
            // 对象 is one's partner, 亲人 one's kin; 咋么 is 怎么, 提起 a slip for 提取
            "青岛医保个人账户能给对象看病用吗 | intents | FAMILY",
            "医保个人账户里的钱能转给外地的亲人用吗 | intents | FAMILY",
            "Can the balance on my medical insurance card pay for my kid's doctor visits? | intents | FAMILY",
            "深证医保个人帐户的钱咋么提起出来啊 | intents | HOW_TO_WITHDRAW",
            // what the province's app is called is a general question, not how to check the balance
            "广西医保app叫什么 | topic | GENERAL",
            "能不能借同事的医保卡去药店买药? | intents | ANOTHERS_CARD",
            // supplements (保健品; 保建品 a slip) are not a medical use
            "医保个人账户能买保建品吗 | intents | NON_MEDICAL",
            // going in person is going to an office; moving to live in a named country is settling abroad
            "Where can I go in person to apply for the balance? | intents | WINDOW",
            // trading the balance for goods (换米换油) or cash back (返现) is fraud; a beauty salon is no medical use
            "小卖部老板说医保卡余额能换米换油,能去吗 | intents | FRAUD",
            "诊所说刷一下医保卡可以返现,这样行吗 | intents | FRAUD",
            "医保个人账户能不能在美容院用 | intents | NON_MEDICAL",
            // so is asking face to face; finding apps confusing is going without a smartphone
            "Can I talk to someone face to face about my account in Harbin? | intents | WINDOW",
            "My mother finds apps confusing. How else can she check her balance? | intents | NO_SMARTPHONE",
            // whether a service is open in a place is a general question, whatever it would do (143 of 169 such
            // questions about the wallet are filed so)
            "我在河南参保,想用医保钱包把余额转给在杭州的女儿,河南开通了吗 | intents | LAUNCHED",
            "我在河南参保,想用医保钱包把余额转给在杭州的女儿,河南开通了吗 | topic | GENERAL",
            // a stay in hospital is an inpatient's
            "My father is in hospital in Wuhan. Can his personal account pay his share? | intents | INPATIENT",
            "Dad retired and moved to Australia to live with us. Can he get the balance? | intents | EMIGRATION",
            // going to live in a country named is settling there
            "我妈明年要搬到新西兰跟我哥生活,她医保卡里的钱怎么办 | intents | EMIGRATION",
            // 工做 a slip for 工作; 作费 for 作废
            "换工做去外省了,医保个人账户怎么办 | intents | CROSS_REGION",
            "医保个人账户的钱不用会作费吗 | intents | CARRY_OVER",
            // the balance that accumulates carries over, unlike the years of contribution; so does next year's use
            "职工医保 个人账户 累计 | intents | CARRY_OVER",
            "今年没怎么用,账户里的钱明年还能接着用吗 | intents | CARRY_OVER",
            // 俺 is 我 in the north (俺娘 a mother); a girlfriend is asked about as family would be
            "俺娘看病能用俺个人账户里的钱吗 | intents | FAMILY",
            "能用我个账给女朋友买药吗 | intents | FAMILY",
            // whether the account pays for a relative the family-sharing rule does not list: asked as family
            "Can my grandfather use my personal account for his medicine? | intents | FAMILY",
            "离婚了，医保个人账户还能给前妻用吗 | intents | FAMILY",
            // what a pharmacy sells the balance for (保健品: the list of covered drugs says); what the pool does not pay
            "医保卡余额在药店能买保健品吗 | intents | PHARMACY",
            "住院有些不给报的费用能用个人账户付吗 | intents | COST_SHARE",
            "老板说人走了医保个人账户的钱就归公司了 | intents | CARRY_OVER",
            // an emergency paid out of pocket (急诊垫付) is among the serious cases some places open the balance for
            "南京急诊先垫了好几万，个人账户余额能提吗 | intents | SERIOUS_ILLNESS",
            "In Nanjing, can I withdraw the balance if I give up the employee insurance? | intents | OPT_OUT",
            "俺不会弄智能手机,医保余额上哪查 | intents | NO_SMARTPHONE",
            "How do I check my balance in Chengdu without the internet? | intents | NO_SMARTPHONE",
            "网上办医保业务怎么保护个人隐私 | intents | PRIVACY",
            "符合条件的话医保余额能只提一部分吗 | intents | WITHDRAWAL_SHARE",
            "我妈不会手机，医保余额怎么查 | intents | NO_SMARTPHONE",
            "My father doesn't use apps. How can he check his balance? | intents | NO_SMARTPHONE",
            // the materials not all brought is an application that fails; swapping the card for cash is fraud
            "去窗口办提取，材料没带全会怎样 | intents | MATERIALS_MISSING",
            "药店说医保卡能换现金，这样行吗 | intents | FRAUD",
            "南京医保余额取了之后 这个账户还能用不 | intents | AFTER_WITHDRAWAL",
            "Where do I hand in the application to withdraw the balance? | intents | WHERE_TO_APPLY",
            "When I see a doctor, what part of the bill does my personal account pay? | intents | COST_SHARE",
            "How long does it take to get the balance once I apply? | intents | PROCESSING_TIME",
            // asking about the balance, how to draw it, by phone is asking whom to call; asking the balance is checking it
            "我爷爷在拜城县交的医保,人没了,我想打电话问问余额怎么取,打哪个电话 | topic | CONTACT",
            "在药店买药时能顺便问医保卡余额吗 | topic | BALANCE_QUERY",
            // what the balance can buy is bought at a pharmacy; a grandparent is family
            "长沙 职工医保个人账户 可以买啥 | intents | PHARMACY",
            "我外婆住院能用我个人账户的钱吗 | intents | FAMILY",
            // the hotline's name, with nothing named it would check, asks for a number; the balance's does not
            "广州社保统一查询电话 | topic | CONTACT",
            "广州医保余额查询电话 | topic | BALANCE_QUERY",
            // what a province's mini program is called is its name; asked with what it checks, the checking
            "湖南 医保小程序 叫啥 | topic | GENERAL",
            "深圳医保公众号叫啥 查余额用 | topic | BALANCE_QUERY",
            // words the lexicon lacked, and slips of them
            "医保个人账户和养老个人账户一样吗 | intents | PENSION_ACCOUNT",
            "医保余额申请提取后多就能拿到钱 | intents | PROCESSING_TIME",
            "医保个人账户能买医疗器戒吗 | intents | MEDICAL_SUPPLIES",
            "提取医保余额要填表吗 | intents | MATERIALS",
            "My girlfriend is sick, can my personal account pay for her? | intents | FAMILY",
            "换单位以后医保余额怎么办 | intents | CROSS_REGION",
            "辞职了医保卡里的钱会没了吗 | intents | CARRY_OVER",
            "换了单位医保卡里的钱还归我吗 | intents | CARRY_OVER",
            "职工医保个人账户能不能一直累计 | intents | CARRY_OVER",
            "我妈智能手机用不来，医保余额怎么查 | intents | NO_SMARTPHONE",
            "厦门医保电话几号啊,想问我妈住院能不能刷个人账户 | topic | CONTACT",
            "杭州医保个人账户余额从哪查 | topic | BALANCE_QUERY",
            "不交医保了，医保卡里的钱能取吗 | intents | OPT_OUT",
            "退休了办医保余额支取要带哪些东西 | intents | MATERIALS",
            "我和老公都在深圳上班，为什么他有个人账户我的没有 | intents | HAS_ACCOUNT",
            "同事想用我的卡在药店买药行不行 | intents | ANOTHERS_CARD",
            "医保卡里的钱能给我家小孩看病用吗 | intents | FAMILY",
            "老丈人住院能用我个人账户的钱吗 | intents | FAMILY",
            "医保个人账户能交孩子的居名医保吗 | intents | RESIDENT_SCHEME",
            "Is the part I pay myself put into my personal account? | intents | CREDITING",
            "临沂医保局电花是多少啊 | topic | CONTACT",
            "Does the National Healthcare Security Service Platform app show my medical account balance? | topic | "
                    + "BALANCE_QUERY",
            "医保余额 提取 中行 工行 农行 | intents | BANK",
            "我在西安上班交了三年职工医保,下个月要调到银川工作,西安医保个人账户里的钱会跟着转过去吗? | topic | GENERAL",
            "Will the balance move with me when I change jobs to another city? | intents | MOVES_WITH",
            "医保卡于额咋查,俺不会用只能手机 | intents | NO_SMARTPHONE",
            "深圳 医保余额 查询 去世 父亲 | topic | BALANCE_QUERY",
            "我妈去逝了,她得医保帐户余额不去领会被清空吗 | topic | GENERAL",
            "我拿我哥的医保卡去要店卖药行不,他卡里钱多 | intents | ANOTHERS_CARD",
            "医保余额可以打预防接中吗 | intents | CHECKUP",
            "What are the offline ways to withdraw my medical insurance balance in Shenzhen? | intents | WHERE_TO_APPLY",
            "深圳社保局地止在哪,想去窗口问医保余额 | topic | CONTACT",
            // whether it can be got out (提得出来, 取不出来); 啷个 is 怎么 and 好多, asking, 多少 in the south-west
            "我的个人账户余额到底怎么才提得出来 | topic | WITHDRAWAL",
            "医保卡的钱啷个取 | intents | HOW_TO_WITHDRAW",
            "重庆职工医保每个月要交好多 | intents | CONTRIBUTION",
            "Can I withdraw my late husband's medical insurance balance? | intents | DEATH",
            // the money still there carries over; what went into one's own account is credited
            "我老家断缴好几年了,原来个人账户的钱还在不在 | intents | CARRY_OVER",
            "单位交的钱有多少进了我自己的个人账户 | intents | CREDITING",
            "单位交的比例是多少 | intents | CONTRIBUTION",
            "看门诊报销完自己要付的那部分能用个人账户吗 | intents | COST_SHARE",
            "我妈怕在手机上点错,医保余额还有别的查法吗 | intents | NO_SMARTPHONE",
            // 那个部门 for 哪个部门; 啥叫 (啥 is 什么) and "what is the account for" ask what it is; whose money it is
            "医保卡余额提取要去那个部门办 | intents | WHERE_TO_APPLY",
            "啥叫职工医保个人账户 | topic | GENERAL",
            "What is the employee medical insurance personal account for? | topic | GENERAL",
            "医保个人账户里的钱是公家的还是自己的 | intents | CARRY_OVER",
            "我爸每个月在药店买药,想知道他医保卡余额还够不够,有什么办法查 | topic | BALANCE_QUERY",
            "Does a new medical insurance card have to be activated before I can use it? | topic | GENERAL",
            "能拿我娘的医保卡去医院刷吗 | intents | ANOTHERS_CARD",
            "Can I use my husband's insurance card at the pharmacy? | intents | ANOTHERS_CARD",
            // Hubei's and Hunan's 么样 (怎么), 么子 (什么), 咯 (的) and 克 (去)
            "武汉医保余额么样查 | topic | BALANCE_QUERY",
            "医保个人账户是么子东西 | intents | DEFINITION",
            "我想拿我妹妹咯医保卡克药店买药 | intents | ANOTHERS_CARD",
            // the insurance itself asked about with the account is general, unless the money is asked out too
            "我退休后养老金在老家领,深圳的医保关系和个人账户怎么处理 | topic | GENERAL",
            "我退休后养老金在老家领,深圳的医保关系和个人账户怎么处理,钱能取出来吗 | topic | WITHDRAWAL",
            "His pension is paid in Hunan. What happens to his Shenzhen medical insurance? | topic | GENERAL",
            // 耍手机 is using a phone in the north-west; what the account does and why it is called so (被叫做) ask what it is;
            // sending the balance to family, in English, is the wallet's use
            "我妈不会耍手机,医保卡里的钱上哪查 | intents | NO_SMARTPHONE",
            "职工医保个人账户有什么作用 | intents | DEFINITION",
            "医保个人账户为啥被叫做小金库 | intents | DEFINITION",
            "Can I transfer my medical account balance to my daughter in Chengdu? | intents | WALLET",
            // in English: what goes into a relative's account, a balance that may disappear, the minimum balance
            "Does the money my wife pays go into her personal account? | intents | CREDITING",
            "Will my medical account balance disappear if I stop working? | intents | CARRY_OVER",
            "What is the minimum balance before my family can use my medical account? | intents | THRESHOLD",
            // devices bought at a pharmacy; a check-up and the documents to bring, in English; "on my phone" is an app
            "医保个人账户能买血糖仪吗 | intents | MEDICAL_SUPPLIES",
            "Can my medical account pay for a health check-up? | intents | CHECKUP",
            "Do I need photocopies of my passport to withdraw the balance? | intents | MATERIALS",
            "How do I check my balance on my phone? | intents | APP",
            // a lost phone or an app one cannot log into asks for the offline ways; information written wrong (写错, typed
            // 写措) is what fails an application
            "医保APP登不上了,还能去哪查余额 | intents | NO_SMARTPHONE",
            "提取医保余额的表格写措了会怎样 | intents | FAILED",
            // leaving the balance to one's children is inheriting it; what else is paid into the card, reimbursements
            "个人账户的钱以后能留给子女吗 | intents | DEATH",
            "医保卡里除了个人账户的钱还有什么钱会打进来 | intents | REIMBURSEMENT_PAYOUT",
            // a foreigner saying so; lending one's card; making sure not to go twice, in English
            "我是德国人,合同到期要离开中国,医保个人账户的钱能取吗 | intents | FOREIGN_NATIONAL",
            "I'm a German engineer leaving China next month. Can I withdraw my balance? | intents | FOREIGN_NATIONAL",
            "朋友想借我的医保卡去看病行不行 | intents | ANOTHERS_CARD",
            "朋友想借我的职工医保卡去医院刷行不行 | intents | FRAUD",
            "What should I double-check before I go to the counter to withdraw my balance, so I don't make several trips? | intents | MATERIALS_MISSING",
            "What should I double-check before I go to the counter to withdraw my balance, so I don't make several trips? | topic | WITHDRAWAL",
            // the base and the share one pays in; a friend borrowing one's card, typed 接
            "我工资才四千出头,在深圳交一档医保是按多少基数交的 | intents | CONTRIBUTION",
            "单位给员工交医保要交百分之几 | intents | CONTRIBUTION",
            "工友接我的医保卡去买药,被查到了会咋样 | intents | ANOTHERS_CARD",
            // a phone one may not carry; a reimbursement paid out (报销下来); the shares paid in, in English
            "车间不让带手机,还有啥办法查医保余额 | intents | NO_SMARTPHONE",
            "之前自己垫付的医药费报销下来,钱会打到哪 | intents | REIMBURSEMENT_PAYOUT",
            "What percentage do my employer and I each pay? | intents | CONTRIBUTION",
            // one's own card used in a province other than one's own
            "Can I use my medical insurance card in a province other than the one where I'm insured? | intents | ELSEWHERE_USE",
            // a nationality taken (入了新加波籍, typed 波); being fined; a reimbursement returned
            "我去年入了新加波籍,以前在深圳交的医保个人帐户余额还能领不 | intents | NATIONALITY",
            "拿医保个账换日用品会被罚吗 | intents | CAUTION",
            "看病报销返回来的钱能体现吗 | intents | REIMBURSEMENT_PAYOUT",
            // a flu shot; paying for a brother; a claim typed 理陪; the balance drawn, named before 以后
            "Can my personal account pay for my flu shot this winter? | intents | CHECKUP",
            "我哥在工地摔伤了,我的个人账户能帮我哥付住院自费的部分吗 | intents | FAMILY",
            "刷过医保会影响商业保险理陪吗 | intents | RECORD_EFFECT",
            "取完医保个人账户余额以后还能接着参保吗 | intents | AFTER_WITHDRAWAL",
            // an app one cannot use either; treatment in another province; the account charged during a reimbursement
            "手机app也不会用,医保余额去哪查 | intents | NO_SMARTPHONE",
            "跨省看病要办什么手续 | intents | TREATMENT_ELSEWHERE",
            "住院报销的时候个人账户也被扣了钱是怎么回事 | intents | COST_SHARE",
            // 取 or 领 alone before the balance; a parent who has just died (刚走); a WeChat service account
            "国家医保服务平台 绑社保卡 取医保余额 | topic | WITHDRAWAL",
            "我妈刚走,想领她的医保个人账户余额,去哪办 | topic | WITHDRAWAL",
            "我妈刚走,想领她的医保个人账户余额,去哪办 | intents | DEATH",
            "深圳医保服务号怎么申请支取余额 | intents | WECHAT",
            // whether the balance is really one's own, in English
            "Is the balance of my medical account really mine? | intents | CARRY_OVER",
            // relatives (亲戚) are family
            "医保个人账户里的余额能转给亲戚用吗 | intents | FAMILY",
            // an offer to draw the balance for a fee is an agent's
            "有个人说交点钱就能帮我把医保余额都弄出来，可信吗 | intents | AGENT",
            // whether one must go back in person asks for the ways online
            "人在外地，提取深圳医保余额必须回深圳办吗 | intents | ONLINE",
            // what to bring, asked 带些啥子
            "去窗口办医保余额支取要带些啥子 | intents | MATERIALS",
            // a phone without data (没流量) asks for the ways offline
            "手机没流量,医保余额还能去哪查 | intents | NO_SMARTPHONE",
            // treatment in another city of the province
            "医保在省里参保，去其他城市看病能刷卡吗 | intents | TREATMENT_ELSEWHERE",
            // the balance swiped into cash (刷成现金) is cashing it out, a fraud
            "药店说能把医保卡的钱刷成现金,行不行 | intents | FRAUD",
            // money a reimbursement sends back (报销退回来的钱) is the payout, not an application sent back
            "住院报销退回来的钱打到哪张卡上 | intents | REIMBURSEMENT_PAYOUT" })
    void aWayOfSayingWhatIsAskedIsRead(String question, String field, String expected) {
        JsonPath answer = ask(field, question);
        if (field.equals("topic")) {
            assertThat(answer.getString("topic"), equalTo(expected));
        } else {
            assertThat(answer.getList("intents"), hasItem(expected));
        }
    }

    /** Money a reimbursement sends back (报销退回来的钱) is the payout, not an application sent back. */
    @Test
    void moneyAReimbursementSendsBackIsNoApplicationSentBack() {
        List<String> intents = ask("intents", "医保报销退回来的钱能提现吗").getList("intents");
        assertThat(intents, hasItem("REIMBURSEMENT_PAYOUT"));
        assertThat(intents, not(hasItem("FAILED")));
    }

    /** A name two counties share in pinyin (Xinhe) is the one the sources have rules for; a Chinese name is exact. */
    @Test
    void aNameTwoPlacesShareIsTheOneWithRulesOfItsOwn() {
        assertThat(regionOf("Phone number of the medical insurance center in Xinhe County?"), equalTo("652925"));
        assertThat(regionOf("新河县医保个人账户能取吗"), equalTo("130530"));
    }

    /** What a question sets aside as known (除了看病买药，还能…) is not what it asks; what it names again is. */
    @Test
    void whatAQuestionSetsAsideIsNotAsked() {
        JsonPath others = ask("intents usageScenarios { category }", "除了看病买药,医保个人账户的钱还能花在哪些地方");
        assertThat(others.getList("intents"), not(hasItem("PHARMACY")));
        assertThat(others.getList("usageScenarios.category"), hasItem("FAMILY_MUTUAL_AID"));
        assertThat(ask("intents", "南京医保余额除了跑窗口还有啥办法查").getList("intents"), not(hasItem("WINDOW")));
        assertThat(ask("intents", "除了爸妈，给我弟弟用行不行").getList("intents"), hasItem("FAMILY"));
    }

    @Test
    void aSouthWesternHowMuchIsReadOnlyWhereItAsks() {
        // 交了好多年 is "paid for many years", not "how much is paid"
        assertThat(ask("intents", "我在深圳交了好多年医保,个人账户的钱能取吗").getList("intents"),
                not(hasItem("CONTRIBUTION")));
    }

    @Test
    void aBalanceTransferredWithAJobIsAMoveNotASendingToFamily() {
        List<String> intents = ask("intents", "My son moved from Dongguan to Harbin for a new job. Will his medical "
                + "insurance account balance be transferred to his new city?").getList("intents");
        assertThat(intents, hasItem("CROSS_REGION"));
        assertThat(intents, not(hasItem("WALLET")));
    }

    @Test
    void workingIsNotAskingWhatTheAccountDoes() {
        // 工作用不上 is "no use for it at work", not 作用
        assertThat(ask("intents", "我刚工作用不上医保卡,里面的钱能取出来吗").getList("intents"), not(hasItem("DEFINITION")));
        // whether I can use my insurance is my own use of it, not a relative's
        assertThat(ask("intents", "公司派我常驻广西南宁干两年,在那边看病买药能直接用我的医保吗?").getList("intents"),
                not(hasItem("FAMILY")));
        assertThat(ask("intents", "我妈能用我的医保卡吗").getList("intents"), hasItem("FAMILY"));
        // can I use my card is the asker's own use of it, not another's
        assertThat(ask("intents", "Can I use my medical insurance card in another province?").getList("intents"),
                not(hasItem("ANOTHERS_CARD")));
        // delivering takeaway food is a job, not buying it with the balance
        assertThat(ask("intents", "我在深圳跑外卖交的职工医保,个人账户的钱能取吗").getList("intents"), not(hasItem("NON_MEDICAL")));
        assertThat(ask("intents", "医保个人账户能点外卖吗").getList("intents"), hasItem("NON_MEDICAL"));
    }

    @Test
    void longTermCareElsewhereIsAStayElsewhereNotHowLongItTakes() {
        List<String> intents = ask("intents", "I've registered for long-term medical treatment in another city. Can I "
                + "withdraw my personal account balance?").getList("intents");
        assertThat(intents, hasItem("LONG_TERM_RESIDENCE"));
        assertThat(intents, not(hasItem("PROCESSING_TIME")));
    }

    @Test
    void yearsOfContributionThatAccumulateAreNoBalanceCarriedOver() {
        assertThat(ask("intents", "医保缴费年限跨省能累计吗").getList("intents"), not(hasItem("CARRY_OVER")));
    }

    @Test
    void whetherTheMoneyIsAllOnesOwnContributionAsksWhatIsCredited() {
        JsonPath own = ask("intents accountFacts { factId }", "杭州医保卡里的钱都是自己交的吗");
        assertThat(own.getList("intents"), hasItem("CREDITING"));
        assertThat(own.getList("accountFacts.factId"), hasItem("national-account-employer-share-pooled"));
    }

    @Test
    void whereTheBalanceIsSpentWhichOfficeToGoToAndWhatBecomesOfTheInsuranceAreWhatIsAsked() {
        assertThat(ask("topic", "医保个人帐户里的钱能在哪里花").getString("topic"), equalTo("USAGE"));
        assertThat(ask("topic", "职工医保个人账户 在哪里用").getString("topic"), equalTo("USAGE"));
        // which office: a contact question, with the procedure when it is where to apply
        JsonPath office = ask("topic withdrawalProcedure { factId }",
                "我妹妹在沈阳上班,下个月要去加拿大定居了,她医保个人账户的余额应该去哪个部门申请支取?");
        assertThat(office.getString("topic"), equalTo("CONTACT"));
        assertThat(office.getString("withdrawalProcedure.factId"), equalTo("national-withdrawal-procedure"));
        // what becomes of the insurance itself, unless the money in it is asked about too
        assertThat(ask("topic", "在深圳退休,养老金回老家江西领,深圳的医保关系要怎么处理").getString("topic"),
                equalTo("GENERAL"));
        assertThat(ask("topic", "在深圳退休,养老金回老家江西领,深圳的医保关系怎么处理,个人账户的钱能取吗").getString("topic"),
                equalTo("WITHDRAWAL"));
    }

    @Test
    void moneyMovedToABankCardIsCashAndSettlingInACountryNamedIsSettlingAbroad() {
        // 转到 moves the balance with a job, but not to one's bank card
        List<String> toABank = ask("intents", "医保卡里的钱能转到我的银行卡上吗").getList("intents");
        assertThat(toABank, hasItem("CASH_FREELY"));
        assertThat(toABank, not(hasItem("CROSS_REGION")));
        assertThat(ask("intents", "医保卡里的钱能转到支付宝吗").getList("intents"), not(hasItem("CROSS_REGION")));
        // a bank by its short name (工行) is a bank; a factory (工厂) is not
        assertThat(ask("intents", "我的社保卡是工行的,医保余额支取能直接转到卡上吗").getList("intents"), hasItem("BANK"));
        assertThat(ask("intents", "我在深圳工厂干了6年,今年辞职回老家,深圳医保个人账户里的钱能取出来吗").getList("intents"),
                not(hasItem("BANK")));
        // moving abroad for good is settling there, not moving to work elsewhere; asked where to apply, the procedure
        JsonPath abroad = ask("intents withdrawalProcedure { factId }",
                "I'm leaving Wuhan and moving abroad permanently. Where do I apply to withdraw my account balance?");
        assertThat(abroad.getList("intents"), hasItems("EMIGRATION", "WHERE_TO_APPLY"));
        assertThat(abroad.getList("intents"), not(hasItem("CROSS_REGION")));
        assertThat(abroad.getString("withdrawalProcedure.factId"), equalTo("national-withdrawal-procedure"));
        // settling in a country named, though no word says abroad; a country named alone is not
        assertThat(ask("intents", "我妈退休后要去加拿大跟我哥定居,医保余额能取吗").getList("intents"), hasItem("EMIGRATION"));
        // any country of the published list, and Hong Kong, in Chinese or English; 内蒙古 holds the name of a
        // country (蒙古) but is a province of China
        assertThat(ask("intents", "我爸在昆明退休了,打算去老挝跟我定居,医保余额能取吗").getList("intents"), hasItem("EMIGRATION"));
        assertThat(ask("intents", "我退休后要去香港定居,深圳医保余额能取出来吗").getList("intents"), hasItem("EMIGRATION"));
        assertThat(ask("intents", "My parents are moving to Vietnam to live with my sister. Can they withdraw the balance?")
                .getList("intents"), hasItem("EMIGRATION"));
        assertThat(ask("intents", "我在内蒙古安家了,医保余额怎么查").getList("intents"), not(hasItem("EMIGRATION")));
        // checking on a computer is checking on a website; being without one is not
        assertThat(ask("intents", "我想在电脑上查医保个人账户余额").getList("intents"), hasItem("WEBSITE"));
        assertThat(ask("intents", "家里没有电脑，医保余额怎么查").getList("intents"), not(hasItem("WEBSITE")));
        assertThat(ask("intents", "我刚从澳洲留学回来,在深圳上班了,医保余额在哪查").getList("intents"),
                not(hasItem("EMIGRATION")));
    }

    @Test
    void anOfficeTheAskerWouldRatherNotGoToIsNoChannelAskedFor() {
        JsonPath answer = ask("intents queryChannels { type }",
                "How do I check my balance in Kunming without going to an office?");
        assertThat(answer.getList("intents"), not(hasItem("WINDOW")));
        assertThat(answer.getList("queryChannels.type"), hasItem("PHONE"));
        assertThat(ask("intents", "不想跑窗口，医保余额在手机上怎么查").getList("intents"), not(hasItem("WINDOW")));
    }

    @Test
    void aQuestionAboutAPastYearIsAnsweredWithThatYearsRules() {
        JsonPath answer = dated("深圳医保一档 缴费基数 上下限 2024年");
        assertThat(answer.getString("asOf"), equalTo("2024-12-31"));
        assertThat(answer.getList("accountFacts.id"), hasItem("shenzhen-account-contribution-base-2024"));
        assertThat(answer.getString("disclaimer"), not(containsString("到期")));
        assertThat(dated("深圳医保一档 缴费基数 2099年").getString("asOf"), not(equalTo("2099-12-31")));
    }

    @Test
    void aRuleThatHasEndedAnswersOnlyWhenNoneAppliesAndTheAnswerSaysSo() {
        // The knowledge holds Shenzhen's contribution rates for 2024 only: asked today, they are the latest there are.
        JsonPath answer = dated("深圳医保一档个人缴费比例是多少");
        assertThat(answer.getList("accountFacts.id"), hasItem("shenzhen-account-contribution-individual-rate-2024"));
        assertThat(answer.getList("accountFacts.appliesUntil"), hasItem("2024-12-31"));
        assertThat(answer.getString("disclaimer"), containsString("已经到期的规定"));
        // asked as 缴多少 too
        assertThat(dated("深圳一档医保个人缴多少,单位缴多少").getList("accountFacts.id"),
                hasItem("shenzhen-account-contribution-employer-rate-2024"));
        assertThat(dated("What is the contribution rate in Shenzhen?").getString("disclaimer"),
                containsString("have ended"));
        // Where a current rule answers, no ended one is added.
        JsonPath current = dated("深圳医保二档有个人账户吗");
        assertThat(current.getList("accountFacts.appliesUntil"), everyItem(nullValue()));
        assertThat(current.getString("disclaimer"), not(containsString("到期")));
    }

    private static JsonPath dated(String question) {
        return ask("asOf disclaimer accountFacts { id appliesUntil }", question);
    }

    @Test
    void aRuleThatHasEndedAnswersBesideTheCurrentOnesWhenTheQuestionQuotesItsFigure() {
        JsonPath quoted = ask("usageScenarios { factId appliesUntil } disclaimer",
                "深圳医保个人账户超过7778.15元的部分可以做什么");
        assertThat(quoted.getList("usageScenarios.factId"), hasItem("shenzhen-usage-family-mutual-aid-threshold"));
        assertThat(quoted.getString("disclaimer"), containsString("已经到期"));
        // without the figure, only the rules that apply now
        JsonPath unquoted = ask("usageScenarios { factId }", "深圳医保个人账户可以给家人用吗");
        assertThat(unquoted.getList("usageScenarios.factId"),
                not(hasItem("shenzhen-usage-family-mutual-aid-threshold")));
    }

    @Test
    void aRuleThatHasEndedAnswersBesideTheCurrentOnesWhenTheThresholdOfItsUseIsAsked() {
        JsonPath asked = ask("usageScenarios { factId appliesUntil } disclaimer",
                "深圳医保个人账户要超过多少才能给家人用");
        assertThat(asked.getList("usageScenarios.factId"), hasItems("shenzhen-usage-family-mutual-aid",
                "shenzhen-usage-family-mutual-aid-threshold"));
        assertThat(asked.getString("disclaimer"), containsString("已经到期"));
        // the threshold asked of no use in particular: only the rules that apply now
        assertThat(ask("usageScenarios { factId }", "深圳医保个人账户现在还有门槛吗").getList("usageScenarios.factId"),
                not(hasItem("shenzhen-usage-family-mutual-aid-threshold")));
    }

    @Test
    void askingWhomToTurnToIsAContactQuestionWithTheOfficeToVisit() {
        JsonPath answer = ask("topic queryChannels { type } withdrawalProcedure { factId }",
                "深圳医保个人账户提取的事应该找哪个部门");
        assertThat(answer.getString("topic"), equalTo("CONTACT"));
        assertThat(answer.getList("queryChannels.type"), hasItem("SERVICE_WINDOW"));
        assertThat(answer.getList("queryChannels.type"), hasItem("PHONE"));
        assertThat(answer.get("withdrawalProcedure"), nullValue());
        // the window to apply at: the procedure names it
        JsonPath window = ask("topic withdrawalProcedure { factId }", "我妈在深圳参保,她去世了,办她医保余额的提取应该去哪个部门的窗口");
        assertThat(window.getString("topic"), equalTo("CONTACT"));
        assertThat(window.getString("withdrawalProcedure.factId"), equalTo("shenzhen-withdrawal-procedure"));
        // the department to do it at (哪个部门办), with 取 slipped to 支
        assertThat(ask("withdrawalProcedure { factId }", "退休了想把医保个人账户余额支出来,该去哪个部门办")
                .getString("withdrawalProcedure.factId"), equalTo("national-withdrawal-procedure"));
    }

    @Test
    void disputedFactsAreFlaggedInTheDisclaimer() {
        assertThat(ask("深圳药店买药是不是要余额超过6972元才能用").getString("disclaimer"), containsString("disputeNote"));
    }

    @Test
    void confidenceIsHigherForAClearQuestionThanForSmallTalk() {
        double clear = ask("深圳医保余额怎么查").getDouble("confidence");
        double vague = ask("你好").getDouble("confidence");
        assertThat(clear, greaterThan(vague));
        assertThat(clear, lessThan(1.01));
        assertThat(ask("你好").getString("topic"), equalTo("GENERAL"));
    }

    @Test
    void aBlankQuestionIsRefusedWithACode() {
        query(ASK, Map.of("q", "   "))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("question"));
        query(ASK, Map.of("q", "长".repeat(501)))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    private static JsonPath ask(String question) {
        return query(ASK, Map.of("q", question)).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.ask");
    }

    /** The code of the region a question is read as about. */
    private static String regionOf(String question) {
        return ask("region { code }", question).getString("region.code");
    }

    /** An answer with only the given fields selected. */
    private static JsonPath ask(String selection, String question) {
        return query("query($q: String!) { ask(question: $q) { " + selection + " } }", Map.of("q", question))
                .body("errors", nullValue()).extract().jsonPath().setRootPath("data.ask");
    }

    /** The facts an answer holds, by their own ids (an inherited view's id carries the region's code too). */
    private static List<String> factIds(JsonPath answer) {
        List<String> ids = new ArrayList<>();
        for (String slice : List.of("withdrawalConditions", "usageScenarios", "queryChannels", "contacts",
                "accountFacts", "notices")) {
            ids.addAll(answer.getList(slice + ".factId"));
        }
        if (answer.getString("withdrawalProcedure.factId") != null) {
            ids.add(answer.getString("withdrawalProcedure.factId"));
        }
        ids.addAll(answer.getList("hits.factId"));
        return ids;
    }

    private static List<Expected> questionSet() throws IOException {
        try (InputStream in = AskTest.class.getResourceAsStream("/assistant/questions.tsv")) {
            List<Expected> questions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat("4 columns: " + line, columns.length, equalTo(4));
                questions.add(new Expected(columns[0], columns[1], columns[2], columns[3]));
            }
            assertThat(questions, not(hasItem(nullValue())));
            return questions;
        }
    }
}
