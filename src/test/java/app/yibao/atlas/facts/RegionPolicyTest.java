package app.yibao.atlas.facts;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Each policy slice over HTTP, for a city with its own rules, one that inherits, and across dates. */
@QuarkusTest
class RegionPolicyTest {

    private static final String SHENZHEN = "query($q: String) { region(name: $q) { %s } }";

    private static io.restassured.response.ValidatableResponse shenzhen(String fields) {
        return query(SHENZHEN.formatted(fields), Map.of("q", "深圳")).body("errors", nullValue());
    }

    /** A prefecture's answer can also carry what its cities and counties hold, each fact labelled with its place. */
    @Test
    void contactsCanIncludeWhatSubregionsHold() {
        query("""
                { region(name: "阿克苏") { own: contacts { id region { code } }
                  all: contacts(includeSubregions: true) { id phone region { code name } inheritedFrom { code } } } }""")
                .body("errors", nullValue())
                .body("data.region.own.region.code", everyItem(equalTo("652900")))
                .body("data.region.all.id", hasItems("aksu-contact-prefecture-center",
                        "aksu-city-contact-healthcare-security-bureau", "kuche-contact-insurance-center"))
                .body("data.region.all.find { it.id == 'kuche-contact-insurance-center' }.region.name", equalTo("库车市"))
                .body("data.region.all.find { it.id == 'kuche-contact-insurance-center' }.phone",
                        equalTo("0997-7151826"))
                .body("data.region.all.inheritedFrom", everyItem(nullValue()));
        query("{ region(name: \"库车\") { contacts(includeSubregions: true) { id region { code } } } }")
                .body("data.region.contacts.region.code", everyItem(equalTo("652902")));
    }

    @Test
    void shenzhenWithdrawalConditionsWithMaterialsAndOutcome() {
        shenzhen("withdrawalConditions { id kind applicant materials outcome inheritedFrom { code } citations { quote source { id } } }")
                .body("data.region.withdrawalConditions.kind", hasItems("EMIGRATION", "LOSS_OF_NATIONALITY", "DEATH",
                        "RETIREMENT_RELOCATION", "CROSS_REGION_EMPLOYMENT", "FOREIGN_NATIONAL_DEPARTURE"))
                .body("data.region.withdrawalConditions.inheritedFrom", everyItem(nullValue()))
                .body("data.region.withdrawalConditions.find { it.kind == 'DEATH' }.materials", hasItem(containsString("死亡证明")))
                .body("data.region.withdrawalConditions.find { it.kind == 'EMIGRATION' }.outcome", containsString("终结"))
                .body("data.region.withdrawalConditions.find { it.kind == 'DEATH' }.citations.source.id",
                        hasItem("000_6b69cd1bb177f9f6.txt"));
    }

    @Test
    void shenzhenWithdrawalProcedureHasChannelsStepsAndTime() {
        shenzhen("withdrawalProcedure { channels { type name } steps materials processingTime processingDaysMin processingDaysMax payout }")
                .body("data.region.withdrawalProcedure.channels.type", hasItems("ONLINE", "BANK_COUNTER", "ATM", "SERVICE_WINDOW"))
                .body("data.region.withdrawalProcedure.steps", not(empty()))
                .body("data.region.withdrawalProcedure.processingTime", containsString("1-3"))
                .body("data.region.withdrawalProcedure.processingDaysMin", equalTo(1))
                .body("data.region.withdrawalProcedure.processingDaysMax", equalTo(3))
                .body("data.region.withdrawalProcedure.payout", containsString("银行账户"));
    }

    @Test
    void shenzhenUsageScenariosByCategory() {
        shenzhen("usageScenarios(category: OUTPATIENT) { category beneficiaries tiers }")
                .body("data.region.usageScenarios", not(empty()))
                .body("data.region.usageScenarios.category", everyItem(equalTo("OUTPATIENT")));
        shenzhen("usageScenarios { category }")
                .body("data.region.usageScenarios.category", hasItems("OUTPATIENT", "INPATIENT", "PHARMACY",
                        "FAMILY_MUTUAL_AID", "CHECKUP_AND_VACCINATION", "CHILD_PREMIUM_REFUND"));
    }

    @Test
    void theFamilyThresholdAppliedUntilSeptember2023AndWasRemovedFromOctober() {
        shenzhen("usageScenarios(category: FAMILY_MUTUAL_AID, asOf: \"2023-06-01\") { id balanceThreshold appliesUntil beneficiaries }")
                .body("data.region.usageScenarios", hasSize(1))
                .body("data.region.usageScenarios[0].balanceThreshold", equalTo(7778.15f))
                .body("data.region.usageScenarios[0].appliesUntil", equalTo("2023-09-30"))
                .body("data.region.usageScenarios[0].beneficiaries", hasItems("SPOUSE", "PARENTS", "CHILDREN"));
        shenzhen("usageScenarios(category: FAMILY_MUTUAL_AID, asOf: \"2023-11-01\") { id balanceThreshold appliesFrom }")
                .body("data.region.usageScenarios", hasSize(1))
                .body("data.region.usageScenarios[0].balanceThreshold", nullValue())
                .body("data.region.usageScenarios[0].appliesFrom", equalTo("2023-10-01"));
    }

    @Test
    void theConflicting6972PharmacyFigureIsKeptAndMarkedDisputed() {
        shenzhen("usageScenarios(category: PHARMACY, asOf: \"2023-06-01\") { id }")
                .body("data.region.usageScenarios.id", not(hasItem("shenzhen-usage-pharmacy-threshold-6972")));
        shenzhen("usageScenarios(category: PHARMACY, asOf: \"2024-06-01\") { id balanceThreshold disputed disputeNote appliesFrom }")
                .body("data.region.usageScenarios.id", hasItems("shenzhen-usage-pharmacy", "shenzhen-usage-pharmacy-threshold-6972"))
                .body("data.region.usageScenarios.find { it.balanceThreshold == 6972 }.disputed", equalTo(true))
                .body("data.region.usageScenarios.find { it.balanceThreshold == 6972 }.disputeNote", containsString("7778.15"))
                .body("data.region.usageScenarios.find { it.balanceThreshold == 6972 }.appliesFrom", equalTo("2024-01-01"));
    }

    @Test
    void shenzhenQueryChannelsNoticesAndAccountFacts() {
        shenzhen("queryChannels { type name steps prerequisites contact }")
                .body("data.region.queryChannels.type", hasItems("WEBSITE", "MOBILE_APP", "WECHAT", "ALIPAY", "PHONE",
                        "SERVICE_WINDOW", "SELF_SERVICE_TERMINAL", "DESIGNATED_PROVIDER"))
                .body("data.region.queryChannels.find { it.type == 'ALIPAY' }.prerequisites", hasItem(containsString("实名认证")));
        shenzhen("queryChannels(type: PHONE) { type contact }")
                .body("data.region.queryChannels.type", everyItem(equalTo("PHONE")))
                .body("data.region.queryChannels.contact", hasItem(containsString("12333")));
        shenzhen("notices { severity title }")
                .body("data.region.notices.severity", hasItem("WARNING"))
                .body("data.region.notices.title", hasItem(containsString("隐私")));
        shenzhen("accountFacts { topic title amount unit }")
                .body("data.region.accountFacts.topic", hasItems("TIER", "CREDITING"))
                .body("data.region.accountFacts.topic", not(hasItem("CONTRIBUTION")));
        shenzhen("accountFacts(asOf: \"2024-06-01\") { topic amount unit appliesFrom appliesUntil }")
                .body("data.region.accountFacts.find { it.topic == 'CONTRIBUTION' }.appliesUntil", equalTo("2024-12-31"));
    }

    @Test
    void aCityWithoutRulesOfItsOwnInheritsAndSaysFromWhere() {
        query("{ region(name: \"广州\") { code withdrawalConditions { kind inheritedFrom { code name } citations { source { id } } } "
                + "withdrawalProcedure { inheritedFrom { code } } accountFacts { topic inheritedFrom { code } } } }")
                .body("errors", nullValue())
                .body("data.region.code", equalTo("440100"))
                .body("data.region.withdrawalConditions", not(empty()))
                .body("data.region.withdrawalConditions.inheritedFrom.code", everyItem(equalTo("000000")))
                .body("data.region.withdrawalConditions.inheritedFrom.name", everyItem(equalTo("中国")))
                .body("data.region.withdrawalProcedure.inheritedFrom.code", equalTo("000000"))
                .body("data.region.accountFacts.find { it.topic == 'BRAND_NAME' }.inheritedFrom.code", equalTo("440000"));
    }

    @Test
    void aCountyHasItsOwnContactsAndInheritsTheRest() {
        query("{ region(code: \"652922\") { contacts { organisation phone inheritedFrom { code } } "
                + "withdrawalConditions { inheritedFrom { code } } } }")
                .body("data.region.contacts.phone", hasItem(notNullValue()))
                .body("data.region.contacts.inheritedFrom", everyItem(nullValue()))
                .body("data.region.withdrawalConditions.inheritedFrom.code", everyItem(equalTo("000000")));
        query("{ region(code: \"652900\") { contacts { organisation phone } } }")
                .body("data.region.contacts.phone", contains("0997-2125389"));
    }

    @Test
    void aDatedRuleAnswersForItsYearAndTheParentsRuleAfterwards() {
        query("{ region(name: \"贺州\") { accountFacts(asOf: \"2025-06-01\") { topic amount unit inheritedFrom { code } } } }")
                .body("data.region.accountFacts.findAll { it.topic == 'CONTRIBUTION' }", hasSize(1))
                .body("data.region.accountFacts.find { it.topic == 'CONTRIBUTION' }.amount", equalTo(400))
                .body("data.region.accountFacts.find { it.topic == 'CONTRIBUTION' }.inheritedFrom", nullValue());
        query("{ region(name: \"贺州\") { accountFacts(asOf: \"2026-06-01\") { topic title inheritedFrom { code } } } }")
                .body("data.region.accountFacts.topic", not(hasItem("CONTRIBUTION")))
                .body("data.region.accountFacts.find { it.topic == 'BRAND_NAME' }.inheritedFrom.code", equalTo("450000"))
                .body("data.region.accountFacts.find { it.topic == 'BRAND_NAME' }.title", containsString("桂医保"));
    }

    /**
     * Account facts, uses and ways to check inherit subject by subject: a province's brand name does not hide the
     * nation's rule on carry-over, nor a province's mini program the national hotline. Withdrawal cases inherit
     * as a whole: a city's list of cases is its rule on when the balance may be drawn.
     */
    @Test
    void aRuleOnOneSubjectLeavesTheAncestorsRulesOnOthers() {
        query("{ region(name: \"广东\") { accountFacts { topic inheritedFrom { code } } } }")
                .body("errors", nullValue())
                .body("data.region.accountFacts.find { it.topic == 'BRAND_NAME' }.inheritedFrom", nullValue())
                .body("data.region.accountFacts.find { it.topic == 'CARRY_OVER' }.inheritedFrom.code", equalTo("000000"));
        query("{ region(name: \"南京\") { accountFacts { factId topic inheritedFrom { code } } "
                + "withdrawalConditions { kind inheritedFrom { code } } } }")
                .body("data.region.accountFacts.findAll { it.topic == 'WALLET_ROLLOUT' }.factId",
                        contains("jiangsu-account-wallet-pilot"))
                .body("data.region.accountFacts.find { it.topic == 'INTEREST' }.inheritedFrom.code", equalTo("000000"))
                .body("data.region.withdrawalConditions.inheritedFrom", everyItem(nullValue()))
                .body("data.region.withdrawalConditions.kind", not(hasItem("FINANCIAL_HARDSHIP")));
        // 甘孜's rule on moving a balance to relatives leaves the nation's list of where the wallet has opened
        query("{ region(name: \"甘孜\") { accountFacts { factId topic inheritedFrom { code } } } }")
                .body("data.region.accountFacts.find { it.topic == 'WALLET_TRANSFER' }.factId",
                        equalTo("ganzi-account-wallet-transfer"))
                .body("data.region.accountFacts.find { it.topic == 'WALLET_ROLLOUT' }.inheritedFrom.code", equalTo("000000"));
        query("{ region(name: \"长沙\") { queryChannels { type name inheritedFrom { code } } "
                + "miniPrograms: queryChannels(type: MINI_PROGRAM) { name } } }")
                .body("data.region.queryChannels.find { it.type == 'MINI_PROGRAM' }.name", containsString("湘医保"))
                .body("data.region.queryChannels.find { it.type == 'MINI_PROGRAM' }.inheritedFrom.code", equalTo("430000"))
                .body("data.region.queryChannels.find { it.type == 'PHONE' }.inheritedFrom.code", equalTo("000000"))
                .body("data.region.miniPrograms.name", contains(containsString("湘医保")));
        query("{ region(name: \"天津\") { usageScenarios { category inheritedFrom { code } } } }")
                .body("data.region.usageScenarios.find { it.category == 'PHARMACY' }.inheritedFrom", nullValue())
                .body("data.region.usageScenarios.find { it.category == 'INPATIENT' }.inheritedFrom.code", equalTo("000000"));
        // rules on treatment elsewhere add up: 广东's (on 广西, on filing) leave the nation's principle, and hide none
        // of the nation's uses
        query("{ region(name: \"广州\") { usageScenarios { factId category inheritedFrom { code } } } }")
                .body("data.region.usageScenarios.find { it.factId == 'guangdong-usage-in-guangxi' }.inheritedFrom.code",
                        equalTo("440000"))
                .body("data.region.usageScenarios.find { it.factId == 'guangdong-usage-cross-province-filing' }"
                        + ".inheritedFrom.code", equalTo("440000"))
                .body("data.region.usageScenarios.find { it.factId == 'national-usage-treatment-elsewhere' }"
                        + ".inheritedFrom.code", equalTo("000000"))
                .body("data.region.usageScenarios.category", hasItems("TREATMENT_ELSEWHERE", "OUTPATIENT", "PHARMACY"));
    }

    @Test
    void weakSourcesAreMarked() {
        query("{ region(name: \"南京\") { accountFacts { topic caveat citations { source { reliability } } } } }")
                .body("data.region.accountFacts.findAll { it.topic == 'FEE' }", not(empty()))
                .body("data.region.accountFacts.findAll { it.topic == 'FEE' }.caveat", everyItem(containsString("仅供参考")));
    }

    @Test
    void aMalformedDateIsAClearError() {
        query("{ region(name: \"深圳\") { withdrawalConditions(asOf: \"2023-13-45\") { kind } } }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("\"2023-13-45\""))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        query("query($d: Date) { region(name: \"深圳\") { usageScenarios(asOf: $d) { id } } }", Map.of("d", "tomorrow"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        query("{ region(name: \"深圳\") { usageScenarios(category: SPACE_TRAVEL) { id } } }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].message", containsString("SPACE_TRAVEL"));
    }

    @Test
    void everySourceIsListedWithItsReliability() {
        query("{ sources { id title publishedOn reliability } }")
                .body("data.sources", hasSize(5))
                .body("data.sources.id", containsInAnyOrder("000_6b69cd1bb177f9f6.txt", "001_09046772048f75af.txt",
                        "002_ad72e11ac0b48a15.txt", "003_f149ae36feb648d7.txt", "004_37983ac7f39ade78.txt"))
                .body("data.sources.reliability", everyItem(notNullValue()))
                .body("data.sources.find { it.id == '004_37983ac7f39ade78.txt' }.publishedOn", equalTo("2025-05-24"));
    }
}
