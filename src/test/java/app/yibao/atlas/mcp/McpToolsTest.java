package app.yibao.atlas.mcp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A real MCP exchange over Streamable HTTP: initialize, tools/list, tools/call, as an agent's client does it. */
@QuarkusTest
class McpToolsTest {

    private McpSession mcp;

    @BeforeEach
    void initialize() {
        mcp = McpSession.open();
    }

    @Test
    void listsTheFourToolsWithDescriptionsAndTypedArguments() {
        JsonPath tools = rpc("tools/list", Map.of()).setRootPath("result.tools");
        assertThat(tools.getList("name"), containsInAnyOrder("ask", "search", "region_policy", "withdrawal_eligibility"));
        assertThat(tools.getList("description"), everyItem(not(emptyOrNullString())));
        assertThat(tools.getString("find { it.name == 'search' }.inputSchema.properties.first.type"), equalTo("integer"));
        assertThat(tools.getList("find { it.name == 'region_policy' }.inputSchema.properties.topic.enum"),
                hasItem("WITHDRAWAL"));
        assertThat(tools.getString("find { it.name == 'withdrawal_eligibility' }.inputSchema.properties.deceased.type"),
                equalTo("boolean"));
        assertThat(tools.getList("find { it.name == 'withdrawal_eligibility' }.inputSchema.required"), equalTo(List.of("region")));
    }

    @Test
    void askAnswersAnEnglishQuestionWithCitedFacts() {
        JsonPath answer = askTool("Can I withdraw my Shenzhen balance if I emigrate?");
        assertThat(answer.getString("region.code"), equalTo("440300"));
        assertThat(answer.getString("topic"), equalTo("WITHDRAWAL"));
        assertThat(answer.getList("facts.id"), hasItem("shenzhen-withdrawal-emigration"));
        assertThat(answer.getString("facts.find { it.id == 'shenzhen-withdrawal-emigration' }.citations[0].quote"),
                not(emptyOrNullString()));
        assertThat(answer.getString("disclaimer"), not(emptyOrNullString()));
    }

    @Test
    void aQuestionAboutHowToApplyGetsTheProcedureFirst() {
        JsonPath answer = askTool("广州医保个人账户余额可以线上提取吗");
        assertThat(answer.getList("intents"), hasItem("ONLINE"));
        assertThat(answer.getString("facts[0].kind"), equalTo("WITHDRAWAL_PROCEDURE"));
        // 怎么提取, typed 怎么题取: how it is done
        JsonPath how = askTool("深圳医保余额怎么题取啊");
        assertThat(how.getList("intents"), hasItem("HOW_TO_WITHDRAW"));
        assertThat(how.getString("facts[0].id"), equalTo("shenzhen-withdrawal-procedure"));
    }

    @Test
    void aRetireeTypedWithASlipGetsTheGroundsARetireeHas() {
        // 推休 for 退休, 前 for 钱: settling abroad after retiring is among the first facts, not hardship or illness
        assertThat(askTool("医保前能去出来吗 推休了").getList("facts.id"), hasItem("national-withdrawal-emigration"));
    }

    @Test
    void whoPaysInIsAnsweredByTheEmployersShareThoughCompanyIsTypedWithASlip() {
        // 公斯 for 公司
        assertThat(askTool("医保个人账户的钱是自己交的还是公斯交的").getString("facts[0].id"),
                startsWith("national-account-employer-share"));
    }

    @Test
    void aWithdrawalQuestionSearchesWithTheWordsForWithdrawingOnly() {
        // Were 取得出来 a word for withdrawing, every withdrawal question would search for 取得 too, and 取得国外定居证明
        // would push the case asked (giving the insurance up) out of the answer.
        assertThat(askTool("In Nanjing, if I give up employee medical insurance, can I withdraw my personal account "
                + "balance?").getList("facts.id"), hasItem("nanjing-withdrawal-voluntary-opt-out"));
    }

    @Test
    void askingWhetherCashCanBeHadAtABankGetsTheRuleOnCashFirstUnlessAnAtmPaysIt() {
        JsonPath answer = askTool("医保卡里的钱平时能去银行取现吗");
        assertThat(answer.getList("intents"), hasItem("BANK"));
        assertThat(answer.getString("facts[0].id"), equalTo("national-account-cash-access"));
        assertThat(firstFactOf("杭州的医保个人账户能不能去银行取钱"), equalTo("national-account-cash-access"));
        // taking it out (取出来) at a bank is asking for cash too
        assertThat(firstFactOf("医保卡里的钱拿去银行能取出来吗"), equalTo("national-account-cash-access"));
        // 深圳's procedure has an ATM channel: that answers
        assertThat(firstFactOf("深圳医保卡余额能去ATM取现吗"), equalTo("shenzhen-withdrawal-procedure"));
        // online banking is a way to apply, asked without a word for cash
        assertThat(firstFactOf("医保余额能通过网银转出来吗"), equalTo("national-withdrawal-procedure"));
    }

    @Test
    void aRuleThatHasEndedWhoseFigureTheQuestionQuotesComesFirst() {
        JsonPath answer = askTool("深圳医保个人账户超过7778.15元的部分可以做什么");
        assertThat(answer.getString("facts[0].id"), equalTo("shenzhen-usage-family-mutual-aid-threshold"));
        assertThat(answer.getString("facts[0].appliesUntil"), equalTo("2023-09-30"));
    }

    @Test
    void askingWhyAnApplicationFailedGetsTheNoticeThatSaysFirst() {
        assertThat(firstFactOf("深镇医保余额提取失败了咋回事"), equalTo("shenzhen-notice-accurate-information"));
        // asked online, as the procedure would answer: what goes wrong is still the notice's
        assertThat(firstFactOf("深圳医保余额网上申请提取，信息填错了会怎样"), equalTo("shenzhen-notice-accurate-information"));
    }

    /** Asked what comes of missing materials: the notice on bringing them all, not the one on wrong details. */
    @Test
    void askingAboutMissingMaterialsGetsTheNoticeOnBringingThemAll() {
        assertThat(firstFactOf("深圳医保余额提取材料没带齐会咋样,是不是要白跑"), equalTo("shenzhen-notice-complete-materials"));
        assertThat(firstFactOf("Before I go to the counter in Shenzhen to withdraw my balance, what should I"
                + " double-check so I don't make several trips?"), equalTo("shenzhen-notice-complete-materials"));
    }

    /** Asked how to keep one's details safe online, or whether the rules are the same everywhere: a notice first. */
    @Test
    void askingAboutPrivacyOrWhetherRulesDifferGetsTheNoticeFirst() {
        assertThat(firstFactOf("网上办医保业务怎么保护个人隐私"), endsWith("notice-privacy"));
        assertThat(firstFactOf("医保余额提取的条件全国统一吗"), equalTo("national-notice-policy-differences"));
    }

    /** Asked whether the conditions and materials are the same everywhere: the notice first, before the procedure. */
    @Test
    void askingWhetherWhatToBringIsTheSameEverywhereGetsTheNoticeBeforeTheProcedure() {
        assertThat(firstFactOf("各个城市医保余额提取要带的材料都一样吗"), equalTo("national-notice-policy-differences"));
    }

    @Test
    void askingWhetherAnAgentCanBeTrustedGetsTheWarningFirst() {
        assertThat(firstFactOf("网上看到有人说可以代取医保卡里的钱，收一点手续费，能信吗"),
                equalTo("national-notice-intermediaries"));
    }

    @Test
    void aQuestionAboutAFeeGetsTheFeeFactsFirstWhateverChannelItNames() {
        JsonPath answer = askTool(
                "In Nanjing, is there a fee if I take cash from my medical insurance card at another bank's ATM?");
        assertThat(answer.getList("intents"), hasItems("FEE", "BANK"));
        assertThat(answer.getString("facts[0].kind"), equalTo("ACCOUNT_FACT"));
        assertThat(answer.getString("facts[0].id"), startsWith("nanjing-account-fee"));
        assertThat(answer.getList("facts.id"), hasItem("nanjing-account-fee-atm-other-bank"));
    }

    /** A fee asked of no channel: the rule with no figure of its own first; abroad's rate when abroad is asked. */
    @Test
    void aFeeAskedOfNoChannelGetsTheRuleWithoutAFigureFirst() {
        assertThat(firstFactOf("医保卡里的钱提现要手续费吗"), equalTo("nanjing-account-fee-general"));
        assertThat(firstFactOf("Living abroad, what fee is charged to take cash out with my insurance card overseas?"),
                not(equalTo("nanjing-account-fee-general")));
    }

    /** Facts that match the question far less than the best hit are only named: their room goes to the hits. */
    @Test
    void factsMatchingFarLessThanAHitLeaveTheirRoomToTheHits() {
        JsonPath answer = askTool("国家医保服务平台是不是在哪个城市参保都能用");
        assertThat(answer.getString("topic"), equalTo("GENERAL"));
        assertThat(answer.getList("hits.factId"), hasItem("national-account-reimbursement-overview"));
    }

    @Test
    void theBestFactGivesThreeQuotesAndTheOthersTwo() {
        // the carry-over fact has three quotes; only the third says 不会清零 in so many words
        JsonPath answer = askTool("石家庄医保个人账户余额年底会清零吗");
        assertThat(answer.getString("facts[0].id"), equalTo("national-account-carry-over"));
        assertThat(answer.getList("facts[0].citations.quote").toString(), containsString("不会清零"));
        List<Integer> quotes = answer.getList("facts.collect { it.citations.size() }");
        assertThat(quotes.get(0), equalTo(3));
        assertThat(quotes.subList(1, quotes.size()), everyItem(lessThanOrEqualTo(2)));
    }

    @Test
    void askingAfterAnApplicationsProgressGetsTheNoticeOnFollowingItFirst() {
        JsonPath answer = askTool("深圳医保余额提取申请交了以后怎么查进度");
        assertThat(answer.getList("intents"), hasItem("PROGRESS"));
        assertThat(answer.getString("facts[0].id"), equalTo("shenzhen-notice-track-progress"));
        // also when it says how long it has waited (几天), before the procedure
        JsonPath waited = askTool("深圳医保余额提取交了申请好几天了，在哪看办理进度");
        assertThat(waited.getList("intents"), hasItems("PROGRESS", "PROCESSING_TIME"));
        assertThat(waited.getString("facts[0].id"), equalTo("shenzhen-notice-track-progress"));
    }

    @Test
    void aQuestionAboutWhatToBringOrHowInANamedCaseGetsThatCaseFirstThenTheProcedure() {
        JsonPath answer = askTool("大病患者申请特殊提取医保余额需要提供哪些证明");
        assertThat(answer.getList("intents"), hasItems("SERIOUS_ILLNESS", "MATERIALS"));
        assertThat(answer.getString("facts[0].id"), equalTo("national-withdrawal-serious-illness"));
        assertThat(answer.getList("facts[0].details.materials"), hasItem("医疗费用发票"));
        assertThat(answer.getString("moreFacts[0].id"), equalTo("national-withdrawal-procedure")); // too big to follow
        // how to withdraw in a named case: the case says what must be done first (减员及停保手续)
        JsonPath how = askTool("深圳还没到退休年龄就出国定居了,医保余额怎么取");
        assertThat(how.getList("intents"), hasItems("EMIGRATION", "HOW_TO_WITHDRAW"));
        assertThat(how.getString("facts[0].kind"), equalTo("WITHDRAWAL_CONDITION"));
        assertThat(how.getList("facts.id"), hasItem("shenzhen-withdrawal-emigration"));
        assertThat(how.getString("facts.find { it.id == 'shenzhen-withdrawal-emigration' }.details.notes"),
                containsString("减员及停保手续"));
    }

    /** A place's own offices answer its contact question first; the nation's hotline says it has a human agent. */
    @Test
    void aContactQuestionGetsThePlacesOwnOfficesFirstAndTheHotlineItsAgent() {
        JsonPath aksu = askTool(
                "What is the phone number of the Aksu City Medical Security Bureau, and where is its office?");
        assertThat(aksu.getString("facts[0].kind"), equalTo("CONTACT"));
        assertThat(aksu.getList("facts.id"), hasItem("aksu-city-contact-healthcare-security-bureau"));
        JsonPath hotline = askTool("打12333能转人工吗");
        assertThat(hotline.getList("facts.citations.quote").toString(), containsString("转接人工客服"));
    }

    /** What becomes of the balance in a named case is that case's rule, before the account's general ones. */
    @Test
    void aGeneralQuestionInANamedCaseGetsThatCaseFirst() {
        JsonPath answer = askTool("我以前在东莞交职工医保,现在回湖北孝感在本地单位上班又交上了,东莞那个个人账户的余额咋处理?");
        assertThat(answer.getString("topic"), equalTo("GENERAL"));
        assertThat(answer.getString("facts[0].id"), endsWith("national-withdrawal-cross-region"));
    }

    /** Whether a named case opens the balance (换了工作能取吗) is that case's rule, before the procedure. */
    @Test
    void askingWhetherANamedCaseOpensTheBalanceGetsThatCaseBeforeTheProcedure() {
        JsonPath answer = askTool("我从武汉的单位辞职去广州工作了，武汉职工医保个人账户里的钱能取吗");
        assertThat(answer.getList("intents"), hasItem("CROSS_REGION"));
        assertThat(answer.getString("facts[0].id"), endsWith("national-withdrawal-cross-region"));
        assertThat(answer.getList("facts.kind"), not(hasItem("WITHDRAWAL_PROCEDURE")));
    }

    /** A procedure given whole names every channel but describes only those asked about: the rest is room. */
    @Test
    void aProcedureDescribesOnlyTheChannelsAskedAbout() {
        JsonPath answer = askTool("深圳 医保余额 网银 划转");
        assertThat(answer.getString("facts[0].id"), equalTo("shenzhen-withdrawal-procedure"));
        String channels = "facts[0].details.channels";
        assertThat(answer.getList(channels + ".type"), hasItems("ONLINE", "SERVICE_WINDOW", "BANK_COUNTER", "ATM"));
        assertThat(answer.getList(channels + ".findAll { it.description != null }.type"),
                containsInAnyOrder("BANK_COUNTER", "ATM"));
        // the snapshot's own procedure is untouched: the next question about the window gets the window described
        JsonPath window = askTool("深圳医保余额提取 去窗口 怎么办");
        assertThat(window.getString(channels + ".find { it.type == 'SERVICE_WINDOW' }.description"),
                not(emptyOrNullString()));
    }

    /**
     * The room left goes to what matches best, summaries of the answer's facts or hits elsewhere: asked whether the
     * balance can be moved to a bank card, the rule that it is not cash at will is summed up beside the procedure.
     */
    @Test
    void theRoomLeftGoesToTheSummaryThatMatchesBest() {
        JsonPath answer = askTool("医保卡里的钱能直接转到自己银行卡里吗");
        assertThat(answer.getString("facts[0].kind"), equalTo("WITHDRAWAL_PROCEDURE"));
        assertThat(answer.getString("moreFacts.find { it.id == 'national-account-cash-access' }.description"),
                containsString("无法直接提现"));
    }

    /** The same claim filed under two kinds is given whole once; its room goes to the other side of the dispute. */
    @Test
    void aClaimGivenWholeOnceLeavesRoomForTheOtherSideOfItsDispute() {
        JsonPath answer = askTool("深圳医保个人账户现在还有门槛吗,余额要多少才能用");
        List<String> ids = answer.getList("facts.id");
        assertThat(ids, hasItem("shenzhen-account-usage-threshold-removed"));
        List<String> descriptions = answer.getList("facts.description");
        assertThat(descriptions.size(), equalTo(Set.copyOf(descriptions).size()));
        assertThat(ids.stream().filter(id -> id.endsWith("threshold-6972")).count(), equalTo(1L)); // the other named
    }

    /** Past the facts given whole, the room left says what the named ones say: each one's own summary. */
    @Test
    void theFactsNamedButNotGivenWholeCarryTheirSummaryWhileTheBudgetLasts() {
        Map<String, Object> arguments = Map.of("question", "大连职工医保个人账户有什么规定");
        JsonPath answer = callTool("ask", arguments);
        assertThat(answer.getString("moreFacts.find { it.id.endsWith('national-account-cash-access') }.description"),
                containsString("特定条件下取出"));
        assertThat(answer.getList("moreFacts.findAll { it.description == null }"), not(empty())); // no room for all
        assertThat(mcp.callText("ask", arguments).getBytes(StandardCharsets.UTF_8).length, lessThanOrEqualTo(4000));
    }

    @Test
    void searchFiltersByRegionAndKind() {
        JsonPath result = callTool("search", Map.of("text", "药店", "region", "深圳", "kinds", List.of("USAGE_SCENARIO")));
        assertThat(result.getList("hits.kind"), everyItem(equalTo("USAGE_SCENARIO")));
        assertThat(result.getList("hits.region.code"), everyItem(equalTo("440300")));
        assertThat(result.getList("hits.factId"), hasItem("shenzhen-usage-pharmacy"));
        JsonPath one = callTool("search", Map.of("text", "药店", "region", "深圳", "first", 1));
        assertThat(one.getList("hits").size(), equalTo(1));
    }

    @Test
    void regionPolicyGivesOneTopicAndMarksInheritedFacts() {
        JsonPath policy = callTool("region_policy", Map.of("region", "广州", "topic", "BALANCE_QUERY"));
        assertThat(policy.getList("facts.kind"), everyItem(equalTo("QUERY_CHANNEL")));
        assertThat(policy.getList("facts.inheritedFrom.code"), everyItem(equalTo("000000")));
        assertThat(policy.getList("facts.citations").size(), equalTo(policy.getList("facts").size()));
    }

    @Test
    void withdrawalEligibilityTakesTypedSituationFlags() {
        JsonPath result = callTool("withdrawal_eligibility", Map.of("region", "深圳", "deceased", true, "askerIsHeir", true));
        assertThat(result.getString("verdict"), equalTo("ELIGIBLE"));
        assertThat(result.getList("conditions.id"), hasItem("shenzhen-withdrawal-death"));
        assertThat(result.getString("procedure.id"), equalTo("shenzhen-withdrawal-procedure"));
    }

    @Test
    void badArgumentsAreToolErrorsWithTheApiCode() {
        JsonPath unknown = rpc("tools/call", Map.of("name", "region_policy", "arguments", Map.of("region", "火星")));
        assertThat(unknown.getBoolean("result.isError"), equalTo(true));
        assertThat(unknown.getString("result.content[0].text"), startsWith("REGION_NOT_FOUND: "));
        JsonPath noSituation = rpc("tools/call", Map.of("name", "withdrawal_eligibility", "arguments", Map.of("region", "深圳")));
        assertThat(noSituation.getString("result.content[0].text"), startsWith("INVALID_ARGUMENT: "));
    }

    /** The id of the fact the MCP answer gives first. */
    private String firstFactOf(String question) {
        return askTool(question).getString("facts[0].id");
    }

    /** The MCP ask tool's answer to a question, with the default budget. */
    private JsonPath askTool(String question) {
        return callTool("ask", Map.of("question", question));
    }

    private JsonPath callTool(String name, Map<String, Object> arguments) {
        return mcp.call(name, arguments);
    }

    private JsonPath rpc(String method, Map<String, Object> params) {
        return mcp.rpc(method, params);
    }
}
