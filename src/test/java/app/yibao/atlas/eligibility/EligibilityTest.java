package app.yibao.atlas.eligibility;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** withdrawalEligibility over HTTP: each kind of verdict, inherited rules, and refused input. */
@QuarkusTest
class EligibilityTest {

    private static final String ELIGIBILITY = """
            query($region: String!, $situation: SituationInput!, $asOf: Date) {
              withdrawalEligibility(region: $region, situation: $situation, asOf: $asOf) {
                region { code } verdict dependsOn materials processingTime asOf
                assessments { situation verdict reason dependsOn }
                conditions { id factId kind inheritedFrom { code } }
                procedure { id channels { type } steps }
                cashAccess { id factId }
                citations { quote source { id } }
                inheritedFrom { code } } }""";

    private static ValidatableResponse eligibility(String region, Map<String, Object> situation) {
        return query(ELIGIBILITY, Map.of("region", region, "situation", situation));
    }

    private static ValidatableResponse answered(String region, Map<String, Object> situation) {
        return eligibility(region, situation).body("errors", nullValue());
    }

    @Test
    void emigratingFromShenzhenIsEligibleByShenzhensOwnRule() {
        answered("深圳", Map.of("emigrating", true))
                .body("data.withdrawalEligibility.verdict", equalTo("ELIGIBLE"))
                .body("data.withdrawalEligibility.conditions.id", contains("shenzhen-withdrawal-emigration"))
                .body("data.withdrawalEligibility.procedure.id", equalTo("shenzhen-withdrawal-procedure"))
                .body("data.withdrawalEligibility.procedure.steps", not(empty()))
                .body("data.withdrawalEligibility.processingTime", notNullValue())
                .body("data.withdrawalEligibility.citations", not(empty()))
                .body("data.withdrawalEligibility.inheritedFrom", empty())
                .body("data.withdrawalEligibility.dependsOn", empty());
    }

    @Test
    void aCityWithoutRulesUsesTheNationalOnesAndSaysSo() {
        answered("广州", Map.of("emigrating", true))
                .body("data.withdrawalEligibility.region.code", equalTo("440100"))
                .body("data.withdrawalEligibility.verdict", equalTo("ELIGIBLE"))
                .body("data.withdrawalEligibility.conditions.factId", contains("national-withdrawal-emigration"))
                .body("data.withdrawalEligibility.inheritedFrom.code", contains("000000"))
                .body("data.withdrawalEligibility.materials", hasItem("移民证明"))
                .body("data.withdrawalEligibility.assessments[0].reason", containsString("沿用中国的规定"));
    }

    @Test
    void aDeathIsEligibleForTheHeirOnly() {
        answered("深圳", Map.of("deceased", true, "askerIsHeir", true))
                .body("data.withdrawalEligibility.verdict", equalTo("ELIGIBLE"))
                .body("data.withdrawalEligibility.materials", hasItem(containsString("死亡证明")));
        answered("深圳", Map.of("deceased", true))
                .body("data.withdrawalEligibility.verdict", equalTo("DEPENDS"))
                .body("data.withdrawalEligibility.dependsOn", contains(containsString("继承人")));
        answered("深圳", Map.of("deceased", true, "askerIsHeir", false))
                .body("data.withdrawalEligibility.verdict", equalTo("NOT_ELIGIBLE"))
                .body("data.withdrawalEligibility.procedure", nullValue());
    }

    @Test
    void aJobInAnotherRegionDependsOnWhetherItAcceptsTheBalance() {
        answered("深圳", Map.of("changedJobAcrossRegions", true, "newRegionAcceptsBalance", false))
                .body("data.withdrawalEligibility.verdict", equalTo("ELIGIBLE"));
        answered("深圳", Map.of("changedJobAcrossRegions", true, "newRegionAcceptsBalance", true))
                .body("data.withdrawalEligibility.verdict", equalTo("NOT_ELIGIBLE"))
                .body("data.withdrawalEligibility.assessments[0].reason", containsString("随医保关系转移"));
        answered("深圳", Map.of("changedJobAcrossRegions", true))
                .body("data.withdrawalEligibility.verdict", equalTo("DEPENDS"))
                .body("data.withdrawalEligibility.dependsOn", contains("新参保地是否接收个人账户余额。"));
    }

    @Test
    void aWeaklySourcedConditionDependsOnWhatItsCaveatSays() {
        answered("000000", Map.of("seriousIllness", true))
                .body("data.withdrawalEligibility.verdict", equalTo("DEPENDS"))
                .body("data.withdrawalEligibility.dependsOn[0]", containsString("部分地区"));
        answered("深圳", Map.of("retiredWithPensionElsewhere", true))
                .body("data.withdrawalEligibility.verdict", equalTo("DEPENDS"));
    }

    @Test
    void aSituationNoSourceCoversIsUnknownNotRefused() {
        // Only Shenzhen's source lists loss of nationality; for Guangzhou nothing says yes or no.
        answered("广州", Map.of("lostNationality", true))
                .body("data.withdrawalEligibility.verdict", equalTo("DEPENDS"))
                .body("data.withdrawalEligibility.assessments[0].reason", containsString("没有广州市"))
                .body("data.withdrawalEligibility.conditions", empty());
    }

    @Test
    void noSituationThatAllowsItIsNotEligibleWithTheCashAccessRule() {
        answered("广州", Map.of("emigrating", false, "deceased", false))
                .body("data.withdrawalEligibility.verdict", equalTo("NOT_ELIGIBLE"))
                .body("data.withdrawalEligibility.assessments", empty())
                .body("data.withdrawalEligibility.cashAccess.factId", contains("national-account-cash-access"))
                .body("data.withdrawalEligibility.citations.source.id", hasItems("004_37983ac7f39ade78.txt"));
    }

    @Test
    void anyEligibleSituationMakesTheWholeAnswerEligible() {
        answered("深圳", Map.of("seriousIllness", true, "emigrating", true))
                .body("data.withdrawalEligibility.verdict", equalTo("ELIGIBLE"))
                .body("data.withdrawalEligibility.assessments.verdict", contains("ELIGIBLE", "DEPENDS"));
    }

    @Test
    void rulesAreTakenAsOfTheDayAsked() {
        answered("深圳", Map.of("emigrating", true))
                .body("data.withdrawalEligibility.asOf", notNullValue());
        query(ELIGIBILITY, Map.of("region", "深圳", "situation", Map.of("emigrating", true), "asOf", "2023-06-01"))
                .body("data.withdrawalEligibility.asOf", equalTo("2023-06-01"));
    }

    @Test
    void badInputIsRefusedWithACode() {
        eligibility("深圳", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("situation"));
        eligibility("火星", Map.of("emigrating", true))
                .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
        query(ELIGIBILITY, Map.of("region", "深圳", "situation", Map.of("emigrating", true), "asOf", "yesterday"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
