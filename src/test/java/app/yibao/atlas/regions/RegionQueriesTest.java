package app.yibao.atlas.regions;

import static app.yibao.atlas.GraphQLClient.query;
import static app.yibao.atlas.GraphQLClient.regionPages;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RegionQueriesTest {

    private static final String BY_NAME = "query($name: String) { region(name: $name) { code name level } }";

    @ParameterizedTest
    @ValueSource(strings = { "深圳", "深圳市", "Shenzhen", "shenzhen", " SHENZHEN " })
    void findsShenzhenByAnyOfItsNames(String name) {
        query(BY_NAME, Map.of("name", name))
                .body("errors", nullValue())
                .body("data.region.code", equalTo("440300"))
                .body("data.region.name", equalTo("深圳市"))
                .body("data.region.level", equalTo("PREFECTURE"));
    }

    /** English names people write, from the gazetteer (regions/english-names.tsv), beside the pinyin; older ones too. */
    @ParameterizedTest
    @CsvSource({ "Kashgar, 653100", "Urumqi, 650100", "Lhasa, 540100", "Hohhot, 150100", "kuqa, 652902",
            "Aksu, 652900", "Tibet, 540000", "Inner Mongolia, 150000", "Xinjiang, 650000", "Wulumuqi, 650100",
            "Canton, 440100", "Peking, 110000", "Nanking, 320100", "Amoy, 350200", "Soochow, 320500",
            "Tsinan, 370100", "Korla, 652801", "Altay, 654300", "Tashkurgan, 653131" })
    void findsRegionsByTheirConventionalEnglishNames(String name, String code) {
        query(BY_NAME, Map.of("name", name)).body("errors", nullValue()).body("data.region.code", equalTo(code));
    }

    /** Names written in traditional characters, as in Hong Kong, Macau and Taiwan. */
    @ParameterizedTest
    @CsvSource({ "東莞, 441900", "廣州市, 440100", "烏魯木齊, 650100", "蘇州, 320500" })
    void findsRegionsByNamesInTraditionalCharacters(String name, String code) {
        query(BY_NAME, Map.of("name", name)).body("errors", nullValue()).body("data.region.code", equalTo(code));
    }

    @Test
    void findsRegionsByCodeWithTheirParentsAndAliases() {
        query("{ region(code: \"652922\") { name level aliases parent { name level parent { name parent { name parent { name } } } } } }")
                .body("errors", nullValue())
                .body("data.region.name", equalTo("温宿县"))
                .body("data.region.level", equalTo("COUNTY"))
                .body("data.region.aliases", hasItems("温宿", "Wensu"))
                .body("data.region.parent.name", equalTo("阿克苏地区"))
                .body("data.region.parent.parent.name", equalTo("新疆维吾尔自治区"))
                .body("data.region.parent.parent.parent.name", equalTo("中国"))
                .body("data.region.parent.parent.parent.parent", nullValue());
    }

    @Test
    void aNameSharedAcrossLevelsFindsTheHigherLevel() {
        query(BY_NAME, Map.of("name", "阿克苏")).body("data.region.code", equalTo("652900"));
        query(BY_NAME, Map.of("name", "阿克苏市")).body("data.region.code", equalTo("652901"));
        query(BY_NAME, Map.of("name", "粤")).body("data.region.code", equalTo("440000"));
        query(BY_NAME, Map.of("name", "Tai'an")).body("data.region.code", equalTo("370900"));
        query(BY_NAME, Map.of("name", "甘孜")).body("data.region.code", equalTo("513300"));
        query(BY_NAME, Map.of("name", "Ganzi")).body("data.region.code", equalTo("513300"));
        query(BY_NAME, Map.of("name", "甘孜县")).body("data.region.code", equalTo("513328"));
    }

    /** The counties of 甘孜 are regions, so a question that names one reaches the prefecture's rules. */
    @Test
    void aCountyOfGanziInheritsThePrefecturesRules() {
        query("{ region(name: \"康定\") { code level parent { code } accountFacts { factId topic inheritedFrom { code } } } }")
                .body("errors", nullValue())
                .body("data.region.code", equalTo("513301"))
                .body("data.region.level", equalTo("COUNTY"))
                .body("data.region.parent.code", equalTo("513300"))
                .body("data.region.accountFacts.find { it.factId == 'ganzi-account-wallet-transfer' }.inheritedFrom.code",
                        equalTo("513300"))
                .body("data.region.accountFacts.findAll { it.topic == 'WALLET_TRANSFER' }.factId",
                        contains("ganzi-account-wallet-transfer"))
                // where the wallet has opened is another subject: the nation's list stands beside 甘孜's rule
                .body("data.region.accountFacts.find { it.topic == 'WALLET_ROLLOUT' }.inheritedFrom.code",
                        equalTo("000000"));
    }

    /** Every county-level division is a region: under its prefecture, or its province where it has none. */
    @Test
    void everyCountyIsARegionThatInheritsItsAncestorsRules() {
        query("{ region(name: \"昆山\") { code level parent { code } withdrawalConditions { inheritedFrom { code } } } }")
                .body("errors", nullValue())
                .body("data.region.code", equalTo("320583"))
                .body("data.region.level", equalTo("COUNTY"))
                .body("data.region.parent.code", equalTo("320500"))
                .body("data.region.withdrawalConditions.inheritedFrom.code", hasItems("000000"));
        query("{ region(name: \"仙桃\") { code parent { code } } }").body("data.region.code", equalTo("429004"))
                .body("data.region.parent.code", equalTo("420000"));
        query("{ region(name: \"城口县\") { parent { code } } }").body("data.region.parent.code", equalTo("500000"));
        query(BY_NAME, Map.of("name", "龙胜")).body("data.region.code", equalTo("450328")); // 龙胜各族自治县
        query("{ regions(level: COUNTY) { totalCount } }").body("data.regions.totalCount", equalTo(1878));
        query(BY_NAME, Map.of("name", "伊宁"))
                .body("errors[0].extensions.code", equalTo("AMBIGUOUS_REGION"))
                .body("errors[0].message", containsString("伊宁市 (654002)"))
                .body("errors[0].message", containsString("伊宁县 (654021)"));
    }

    @Test
    void aNameSharedBySeveralRegionsOfOneLevelIsReportedWithThem() {
        query(BY_NAME, Map.of("name", "Suzhou"))
                .body("data.region", nullValue())
                .body("errors[0].extensions.code", equalTo("AMBIGUOUS_REGION"))
                .body("errors[0].message", containsString("苏州市 (320500)"))
                .body("errors[0].message", containsString("宿州市 (341300)"));
        query(BY_NAME, Map.of("name", "苏州")).body("data.region.code", equalTo("320500"));
        query(BY_NAME, Map.of("name", "宿州")).body("data.region.code", equalTo("341300"));
    }

    @Test
    void listsEveryProvinceAndPrefecture() {
        query("{ regions(level: PROVINCE, first: 100) { totalCount edges { node { name } } } }")
                .body("data.regions.totalCount", equalTo(31))
                .body("data.regions.edges.node.name", hasItems("广东省", "天津市", "新疆维吾尔自治区"));
        query("{ regions(parentCode: \"440000\", first: 100) { totalCount edges { node { name level } } } }")
                .body("data.regions.totalCount", equalTo(21))
                .body("data.regions.edges.node.level", everyItem(equalTo("PREFECTURE")))
                .body("data.regions.edges.node.name", hasItems("广州市", "深圳市"));
    }

    @Test
    void pagesThroughAllRegionsWithoutGapsOrRepeats() {
        List<JsonPath> pages = regionPages("query($after: String) { regions(first: 100, after: $after) { totalCount "
                + "edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }", Map.of(),
                page -> assertNull(page.get("errors"), () -> "errors: " + page.get("errors")));
        List<String> codes = new ArrayList<>();
        pages.forEach(page -> codes.addAll(page.getList("data.regions.edges.node.code")));
        assertEquals(pages.get(0).getInt("data.regions.totalCount"), codes.size());
        Set<String> unique = new HashSet<>(codes);
        assertEquals(codes.size(), unique.size());
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void unknownRegionIsAnErrorWithAStableCode() {
        query(BY_NAME, Map.of("name", "亚特兰蒂斯"))
                .body("data.region", nullValue())
                .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"))
                .body("errors[0].message", containsString("亚特兰蒂斯"));
        query("{ region(code: \"999999\") { name } }")
                .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"))
                .body("errors[0].message", containsString("999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ region(code: \"44030\") { name } }",
            "{ region(code: \"4403OO\") { name } }",
            "{ region(name: \"深圳\", code: \"440300\") { name } }",
            "{ region { name } }",
            "{ region(name: \"  \") { name } }",
            "{ regions(first: 0) { totalCount } }",
            "{ regions(first: 100000) { totalCount } }",
            "{ regions(after: \"not-a-cursor\") { totalCount } }",
            "{ regions(parentCode: \"abc\") { totalCount } }" })
    void badArgumentsAreClearErrors(String badQuery) {
        query(badQuery)
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", startsWith("Invalid value for '"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void errorsNameTheBadValue() {
        query("{ region(code: \"12AB\") { name } }")
                .body("errors[0].message", containsString("\"12AB\""))
                .body("errors[0].message", containsString("six-digit"));
        query("{ regions(parentCode: \"990000\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
    }

    @Test
    void nationIsTheRoot() {
        query("{ region(name: \"全国\") { code level parent { code } } }")
                .body("data.region.code", equalTo("000000"))
                .body("data.region.level", equalTo("NATION"))
                .body("data.region.parent", nullValue());
        query("{ sources { id title } }").body("data.sources", notNullValue());
    }
}
