package app.yibao.atlas;

import static app.yibao.atlas.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every field of every answer type, read over HTTP: each slice of every region that has rules of its own and of
 * one that inherits them, at two dates, plus ask, search and withdrawalEligibility. The selections are built from
 * the served schema (introspection), so a field added later is read too. Every field must answer without an
 * error, and every field of a fact type must hold a value somewhere in the bundled knowledge. Run against the
 * native executable (EveryFieldIT), this is what proves that the image can read every getter, inherited ones
 * included.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
public class EveryFieldTest {

    private static final List<String> DATES = List.of("2023-06-01", "2025-06-01");
    private static final Pattern REGION_FILE = Pattern.compile("regions/(\\d{6})-");

    /** type name → field name → the field's named type (lists and non-null unwrapped); only object types. */
    private static Map<String, Map<String, String>> objectTypes;
    /** Fields that take arguments, by "Type.field" → argument names. */
    private static Map<String, Set<String>> arguments;
    /** "Type.field" seen with a value (non-null, non-empty list) in some answer. */
    private final Set<String> seenWithValue = new TreeSet<>();

    @BeforeEach
    void introspect() {
        if (objectTypes != null) {
            return;
        }
        JsonPath schema = query("""
                { __schema { types { name kind fields { name args { name }
                  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""")
                .extract().jsonPath();
        objectTypes = new HashMap<>();
        arguments = new HashMap<>();
        for (Map<String, Object> type : schema.<Map<String, Object>>getList("data.__schema.types")) {
            String name = (String) type.get("name");
            if (!"OBJECT".equals(type.get("kind")) || name.startsWith("__")) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
                fields.put((String) field.get("name"), namedType((Map<String, Object>) field.get("type")));
                List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
                if (!args.isEmpty()) {
                    Set<String> names = new TreeSet<>();
                    args.forEach(arg -> names.add((String) arg.get("name")));
                    arguments.put(name + "." + field.get("name"), names);
                }
            }
            objectTypes.put(name, fields);
        }
    }

    @Test
    void everySliceOfEveryRegionAnswersEveryField() throws IOException {
        Map<String, String> slices = new HashMap<>(objectTypes.get("Region"));
        slices.values().removeIf(type -> !isFactType(type));
        List<String> codes = new ArrayList<>(regionsWithRulesOfTheirOwn());
        codes.add(anInheritingRegion(codes));
        StringBuilder everySlice = new StringBuilder();
        slices.forEach((field, type) -> everySlice.append(field)
                .append(arguments.getOrDefault("Region." + field, Set.of()).contains("asOf") ? "(asOf: $asOf)" : "")
                .append(" { ").append(selection(type, 1)).append("} "));
        String document = "query($code: String, $asOf: Date) { region(code: $code) { " + everySlice + "} }";
        for (String code : codes) {
            for (String date : DATES) {
                Map<String, Object> data = answered(document, Map.of("code", code, "asOf", date));
                record("Region", (Map<String, Object>) data.get("region"));
            }
        }
        assertEveryFactFieldHadAValue();
    }

    @Test
    void askSearchAndEligibilityAnswerEveryField() {
        for (String question : List.of("深圳出境定居可以提取医保个人账户吗？", "Can I withdraw my medical insurance "
                + "balance in Shenzhen if I emigrate?", "南京个人账户可以家庭共济吗", "深圳医保个人账户余额怎么查询",
                "库车市医保中心的联系电话", "医保个人账户余额有利息吗", "深圳的我知道了，南京的医保余额怎么查呢",
                "深圳医保余额提取有哪些注意事项")) {
            record("Query", answered("query($q: String!) { ask(question: $q) { " + selection("Answer", 1) + " } }",
                    Map.of("q", question)));
        }
        record("Query", answered("query($t: String!) { search(text: $t, first: 20) { "
                + selection("SearchHit", 1) + " } }", Map.of("t", "死亡 继承 材料")));
        record("Query", answered("query($r: String!, $s: SituationInput!) { withdrawalEligibility(region: $r, "
                + "situation: $s) { " + selection("Eligibility", 1) + " } }",
                Map.of("r", "深圳", "s", Map.of("deceased", true, "changedJobAcrossRegions", true))));
        record("Query", answered("query($r: String!, $s: SituationInput!) { withdrawalEligibility(region: $r, "
                + "situation: $s) { " + selection("Eligibility", 1) + " } }",
                Map.of("r", "广州", "s", Map.of("emigrating", true))));
        record("Query", answered("{ sources { " + selection("Source", 1) + " } regions(first: 3) { "
                + selection("RegionConnection", 1) + " } }", Map.of()));
        List<String> never = new ArrayList<>();
        for (String type : List.of("Answer", "SearchHit", "Eligibility", "Assessment", "Source", "RegionEdge")) {
            objectTypes.get(type).keySet().stream().map(field -> type + "." + field)
                    .filter(name -> !seenWithValue.contains(name)).forEach(never::add);
        }
        never.sort(null);
        assertEquals(List.of(), never, "fields that never held a value in these answers");
    }

    /** Every field of the type; objects below the first level without their own slices (Region's facts). */
    private static String selection(String type, int depth) {
        StringBuilder selected = new StringBuilder();
        objectTypes.get(type).forEach((field, fieldType) -> {
            Set<String> args = arguments.getOrDefault(type + "." + field, Set.of());
            if (args.contains("question") || args.contains("text") || args.contains("situation")) {
                return; // required arguments: asked for at the root only
            }
            if (!objectTypes.containsKey(fieldType)) {
                selected.append(field).append(' ');
            } else if (depth < 4 && !(type.equals("Region") && depth > 1)) {
                selected.append(field).append(" { ").append(selection(fieldType, depth + 1)).append("} ");
            }
        });
        return selected.toString();
    }

    private Map<String, Object> answered(String document, Map<String, Object> variables) {
        JsonPath answer = query(document, variables).extract().jsonPath();
        assertNull(answer.get("errors"), () -> document + " " + variables + " → " + answer.get("errors"));
        return answer.getMap("data");
    }

    /** Notes which fields of the type hold a value, walking into objects and lists. */
    private void record(String type, Map<String, Object> object) {
        if (object == null) {
            return;
        }
        object.forEach((field, value) -> {
            String fieldType = objectTypes.get(type).get(field);
            List<Object> values = value instanceof List<?> list ? (List<Object>) list
                    : value == null ? List.of() : List.of(value);
            if (!values.isEmpty()) {
                seenWithValue.add(type + "." + field);
            }
            if (objectTypes.containsKey(fieldType)) {
                values.forEach(item -> record(fieldType, (Map<String, Object>) item));
            }
        });
    }

    /** Each field of a fact type held a value somewhere: its own fields in that type, shared ones in any. */
    private void assertEveryFactFieldHadAValue() {
        List<String> factTypes = objectTypes.keySet().stream().filter(EveryFieldTest::isFactType).toList();
        Set<String> shared = new TreeSet<>(objectTypes.get(factTypes.get(0)).keySet());
        factTypes.forEach(type -> shared.retainAll(objectTypes.get(type).keySet()));
        List<String> never = new ArrayList<>();
        for (String type : factTypes) {
            for (String field : objectTypes.get(type).keySet()) {
                boolean seen = shared.contains(field)
                        ? factTypes.stream().anyMatch(any -> seenWithValue.contains(any + "." + field))
                        : seenWithValue.contains(type + "." + field);
                if (!seen) {
                    never.add(type + "." + field);
                }
            }
        }
        never.sort(null);
        assertEquals(List.of(), never, "fact fields that never held a value in any region or date");
    }

    /** The types of facts: those with the fields every PolicyFact has. */
    private static boolean isFactType(String type) {
        Map<String, String> fields = objectTypes.get(type);
        return fields != null && fields.containsKey("citations") && fields.containsKey("inheritedFrom")
                && fields.containsKey("appliesFrom");
    }

    private static String namedType(Map<String, Object> type) {
        Map<String, Object> named = type;
        while (named.get("name") == null) {
            named = (Map<String, Object>) named.get("ofType");
        }
        return (String) named.get("name");
    }

    private static List<String> regionsWithRulesOfTheirOwn() throws IOException {
        try (InputStream bundle = EveryFieldTest.class.getClassLoader()
                .getResourceAsStream("knowledge/bundle.yaml")) {
            Matcher files = REGION_FILE.matcher(new String(bundle.readAllBytes(), StandardCharsets.UTF_8));
            List<String> codes = new ArrayList<>();
            while (files.find()) {
                codes.add(files.group(1));
            }
            return codes;
        }
    }

    /** A prefecture of Guangdong without rules of its own: it inherits Guangdong's and the nation's. */
    private static String anInheritingRegion(List<String> own) {
        List<String> prefectures = query("{ regions(parentCode: \"440000\", first: 30) { edges { node { code } } } }")
                .extract().jsonPath().getList("data.regions.edges.node.code");
        return prefectures.stream().filter(code -> !own.contains(code)).findFirst().orElseThrow();
    }
}
