package app.yibao.atlas.search;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** search over HTTP: Chinese and English ranking, the region and kind filters, dates, and refused input. */
@QuarkusTest
class SearchTest {

    private static final String SEARCH = """
            query($text: String!, $region: String, $kinds: [FactKind!], $first: Int, $asOf: Date) {
              search(text: $text, region: $region, kinds: $kinds, first: $first, asOf: $asOf) {
                kind factId region { code } title snippet score citations { quote source { id } } } }""";

    private static ValidatableResponse search(Object... pairs) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return query(SEARCH, variables);
    }

    @Test
    void chineseWordsFindTheFactThatIsAboutThem() {
        search("text", "深圳 药店 余额门槛", "first", 3).body("errors", nullValue())
                .body("data.search[0].factId", equalTo("shenzhen-usage-pharmacy-threshold-6972"))
                .body("data.search[0].snippet", containsString("6972"))
                .body("data.search[0].citations", not(empty()))
                .body("data.search", hasSize(3));
    }

    @Test
    void theSnippetIsCutWhereTheQueryIsDensestNotAtItsFirstWord() {
        // 药店 opens 深圳's pharmacy rule; 非处方药 comes at its end, past the first 80 characters
        search("text", "药店 非处方药", "region", "深圳", "first", 3).body("errors", nullValue())
                .body("data.search[0].factId", equalTo("shenzhen-usage-pharmacy"))
                .body("data.search[0].snippet", containsString("非处方药"));
    }

    @Test
    void hitsAreOrderedByScore() {
        List<Float> scores = search("text", "家庭共济 配偶 子女").extract().jsonPath().getList("data.search.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            org.hamcrest.MatcherAssert.assertThat(scores.get(i), lessThanOrEqualTo(scores.get(i - 1)));
        }
    }

    @Test
    void englishWordsReachChineseFactsThroughTheLexicon() {
        search("text", "family mutual aid", "region", "深圳", "first", 3).body("errors", nullValue())
                .body("data.search.factId", hasItem("shenzhen-usage-family-mutual-aid"));
        search("text", "emigrate", "first", 5).body("data.search.factId", hasItem("national-withdrawal-emigration"));
    }

    @Test
    void aMistypedWordIsCorrected() {
        search("text", "家庭共际", "first", 3).body("data.search.factId", hasItem("national-usage-family-mutual-aid"));
    }

    @Test
    void traditionalCharactersFindTheSameFacts() {
        search("text", "深圳 藥店 餘額門檻", "region", "深圳", "first", 3).body("errors", nullValue())
                .body("data.search[0].factId", equalTo("shenzhen-usage-pharmacy-threshold-6972"))
                .body("data.search[0].snippet", containsString("6972"));
    }

    @Test
    void aRegionGetsItsOwnFactsAndWhatItInheritsOnly() {
        // 广州 has no facts: every hit is the nation's. 深圳 has its own pharmacy rule: the nation's is hidden.
        search("text", "药店", "region", "广州").body("data.search.region.code", everyItem(equalTo("000000")))
                .body("data.search", not(empty()));
        search("text", "药店", "region", "440300", "kinds", List.of("USAGE_SCENARIO"))
                .body("data.search.region.code", everyItem(equalTo("440300")))
                .body("data.search.kind", everyItem(equalTo("USAGE_SCENARIO")))
                .body("data.search.factId", not(hasItem("national-usage-pharmacy")));
        search("text", "电话", "region", "库车")
                .body("data.search.region.code", everyItem(isOneOf("652902", "000000")))
                .body("data.search.factId", hasItem("kuche-contact-insurance-center"));
    }

    @Test
    void factsAreThoseThatApplyOnTheDayAsked() {
        search("text", "家庭共济 门槛", "region", "深圳", "asOf", "2023-06-01")
                .body("data.search.factId", hasItem("shenzhen-usage-family-mutual-aid-threshold"))
                .body("data.search.factId", not(hasItem("shenzhen-usage-family-mutual-aid")));
        search("text", "家庭共济 门槛", "region", "深圳")
                .body("data.search.factId", not(hasItem("shenzhen-usage-family-mutual-aid-threshold")));
    }

    @Test
    void wordsThatMatchNothingGiveNoHits() {
        search("text", "！？").body("errors", nullValue()).body("data.search", empty());
    }

    @Test
    void badInputIsRefusedWithACode() {
        search("text", " \t ").body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("'text'"));
        search("text", "药店", "first", 51).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        search("text", "药店", "first", 0).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        search("text", "药店", "region", "火星").body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
        search("text", "药店", "region", "Suzhou").body("errors[0].extensions.code", equalTo("AMBIGUOUS_REGION"));
        query("{ search(text: \"药店\", kinds: [USAGE_SCENARIO, null]) { factId } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        search("text", "药店", "asOf", "2023-13-01").body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void theKindsFilterAcceptsSeveralKinds() {
        search("text", "余额", "kinds", List.of("QUERY_CHANNEL", "CONTACT"), "first", 50)
                .body("data.search.kind", everyItem(isOneOf("QUERY_CHANNEL", "CONTACT")))
                .body("data.search.kind", hasItem("QUERY_CHANNEL"));
    }
}
