package app.yibao.atlas.assistant;

import static app.yibao.atlas.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.yibao.atlas.mcp.McpSession;
import io.quarkus.test.junit.QuarkusTest;

/**
 * ask() as a chatbot backend meets it: through the MCP tool, on question sets written only from the source
 * articles by writers who never saw the rules. An answer is right when its region and topic are the expected ones
 * and its text holds one of the expected verbatim terms. The held-out sets are for measuring only; the rules may be
 * tuned on the dev sets. Also reports the size of the MCP answers, which an LLM pays for token by token.
 */
@QuarkusTest
class AskEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The answers' byte budget: the tool's default, 4000; -Datlas.ask-eval.max-bytes=100000 measures without. */
    private static final int MAX_BYTES = Integer.getInteger("atlas.ask-eval.max-bytes", 4000);

    record Expected(String question, String region, String topic, List<String> terms) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "heldout, 0.86", "heldout2, 0.91", "heldout3, 0.87",
            "dev, 0.95", "dev2, 0.93", "dev3, 0.95", "dev4, 0.91", "dev5, 0.94", "dev6, 0.96", "dev7, 0.93",
            "dev8, 0.94", "dev9, 0.97", "dev10, 0.96", "dev11, 0.97", "dev12, 0.94", "dev13, 0.96",
            "dev14, 0.91", "dev15, 0.92", "dev16, 0.95", "dev17, 0.95", "dev18, 0.94", "dev19, 0.92", "dev20, 0.97",
            "dev21, 0.97", "dev22, 0.97", "dev23, 0.94", "dev24, 0.97", "dev25, 0.96", "dev26, 0.94", "dev27, 0.95",
            "dev28, 0.92", "dev29, 0.95", "dev30, 0.95", "dev31, 0.93", "dev32, 0.97", "dev33, 0.97", "dev34, 0.95",
            "dev35, 0.93", "dev36, 0.96", "dev37, 0.94", "dev38, 0.94", "dev39, 0.94", "dev40, 0.93", "dev41, 0.96",
            "dev42, 0.93", "dev43, 0.94", "dev44, 0.96", "dev45, 0.97", "dev46, 0.96", "dev47, 0.97", "dev48, 0.97",
            "dev49, 0.97", "dev50, 0.97", "dev51, 0.96", "dev52, 0.97", "dev53, 0.96", "dev54, 0.94", "dev55, 0.96",
            "dev56, 0.99", "dev57, 0.98", "dev58, 0.97", "dev59, 0.96", "dev60, 0.98", "dev61, 0.97", "dev62, 0.97",
            "dev63, 0.97", "dev64, 0.94", "dev65, 0.98", "dev66, 0.95", "dev67, 0.95",
            "dev68, 0.97", "dev69, 0.97", "dev70, 0.96", "dev71, 0.96", "dev72, 0.97", "dev73, 0.97", "dev74, 0.99",
            "dev75, 0.94", "dev76, 0.95", "dev77, 0.94", "dev78, 0.96", "dev79, 0.97", "dev80, 0.96", "dev81, 0.97",
            "dev82, 0.93", "dev83, 0.99", "dev84, 0.96", "dev85, 0.97", "dev86, 0.95", "dev87, 0.93",
            "dev88, 0.98", "dev89, 0.99", "dev90, 0.96", "dev91, 0.97",
            "dev92, 0.97", "dev93, 0.95", "dev94, 0.99", "dev95, 0.94",
            "dev96, 0.97", "dev97, 0.97", "dev98, 0.98", "dev99, 0.97",
            "dev100, 0.97", "dev101, 0.95", "dev102, 0.97", "dev103, 0.97",
            "dev104, 0.96", "dev105, 0.97", "dev106, 0.97", "dev107, 0.94",
            "dev108, 0.93", "dev109, 0.97", "dev110, 0.97", "dev111, 0.97",
            "dev112, 0.99", "dev113, 0.98", "dev114, 0.97", "dev115, 0.94",
            "dev116, 0.98", "dev117, 0.98", "dev118, 0.97", "dev119, 0.97",
            "dev120, 0.96", "dev121, 0.97", "dev122, 0.97", "dev123, 0.97",
            "dev124, 0.99", "dev125, 0.96", "dev126, 0.95", "dev127, 0.97",
            "dev128, 0.97", "dev129, 0.96", "dev130, 0.98", "dev131, 0.97",
            "dev132, 0.97", "dev133, 0.93", "dev134, 0.96", "dev135, 0.96",
            "dev136, 0.96", "dev137, 0.98", "dev138, 0.96", "dev139, 0.85",
            "dev140, 0.97", "dev141, 0.99", "dev142, 0.94", "dev143, 0.93",
            "dev144, 0.97", "dev145, 0.97", "dev146, 0.96", "dev147, 0.95",
            "dev148, 0.95", "dev149, 0.98", "dev150, 0.95", "dev151, 0.95",
            "dev152, 0.98", "dev153, 0.95", "dev154, 0.97", "dev155, 0.96",
            "dev156, 0.97", "dev157, 0.99", "dev158, 0.98", "dev159, 0.97",
            "dev160, 0.97", "dev161, 0.97", "dev162, 0.97", "dev163, 0.99",
            "dev164, 0.97", "dev165, 0.97", "dev166, 0.95", "dev167, 0.95",
            "dev168, 0.94", "dev169, 0.96", "dev170, 0.94", "dev171, 0.96",
            "dev172, 0.95", "dev173, 0.95", "dev174, 0.94", "dev175, 0.95",
            "dev176, 0.93", "dev177, 0.97", "dev178, 0.94", "dev179, 0.96",
            "dev180, 0.95", "dev181, 0.97", "dev182, 0.98", "dev183, 0.95",
            "dev184, 0.97", "dev185, 0.97", "dev186, 0.96", "dev187, 0.98",
            "dev188, 0.97", "dev189, 0.97", "dev190, 0.97", "dev191, 0.92",
            "dev192, 0.95", "dev193, 0.98", "dev194, 0.97", "dev195, 0.95",
            "dev196, 0.96", "dev197, 0.95", "dev198, 0.95", "dev199, 0.95",
            "dev200, 0.97", "dev201, 0.97", "dev202, 0.97", "dev203, 0.95",
            "dev204, 0.97", "dev205, 0.97", "dev206, 0.96", "dev207, 0.98",
            "dev208, 0.98", "dev209, 0.97", "dev210, 0.97", "dev211, 0.95",
            "dev212, 0.99", "dev213, 0.98", "dev214, 0.98", "dev215, 0.98",
            "dev216, 0.94", "dev217, 0.98", "dev218, 0.98", "dev219, 0.97",
            "dev220, 0.98", "dev221, 0.99", "dev222, 0.97", "dev223, 0.96",
            "dev224, 0.86", "dev225, 0.84", "dev226, 0.79", "dev227, 0.85",
            "dev228, 0.79", "dev229, 0.83", "dev230, 0.82", "dev231, 0.79", "dev232, 0.84", "dev233, 0.86", "dev234, 0.88",
            "dev235, 0.81", "dev236, 0.89", "dev237, 0.87", "dev238, 0.88", "dev239, 0.89", "dev240, 0.94",
            "dev241, 0.89", "dev242, 0.86", "dev243, 0.90", "dev244, 0.87", "dev245, 0.88",
            "dev246, 0.89", "dev247, 0.88", "dev248, 0.90", "dev249, 0.93",
            "dev250, 0.82", "dev251, 0.88", "dev252, 0.90", "dev253, 0.86",
            "dev254, 0.87", "dev255, 0.92" })
    void questionSetIsAnsweredRight(String set, double required) throws IOException {
        List<Expected> questions = questionSet(set);
        Map<String, String> codes = new HashMap<>();
        McpSession mcp = McpSession.open();
        List<String> misses = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int regionRight = 0;
        int topicRight = 0;
        int termFound = 0;
        Map<String, String> mostReaders = topicsMostReadersGive(set, questions);
        int rightByMostReaders = 0;
        int placeAndWordsRight = 0;
        for (Expected expected : questions) {
            String expectedCode = codes.computeIfAbsent(expected.region(), AskEvaluationTest::codeOf);
            String text = mcp.callText("ask", Map.of("question", expected.question(), "maxBytes", MAX_BYTES,
                    "maxFacts", MAX_BYTES > 4000 ? 20 : 5));
            sizes.add(text.getBytes(StandardCharsets.UTF_8).length);
            JsonNode answer = JSON.readTree(text);
            String region = answer.path("region").path("code").asText(null);
            String topic = answer.path("topic").asText();
            String words = String.join("\n", strings(answer));
            boolean regionOk = expectedCode.equals(region);
            boolean topicOk = expected.topic().equals(topic);
            boolean termOk = expected.terms().stream().anyMatch(words::contains);
            regionRight += regionOk ? 1 : 0;
            topicRight += topicOk ? 1 : 0;
            termFound += termOk ? 1 : 0;
            rightByMostReaders += regionOk && termOk && topic.equals(mostReaders.get(expected.question())) ? 1 : 0;
            placeAndWordsRight += regionOk && termOk ? 1 : 0;
            if (!regionOk || !topicOk || !termOk) {
                misses.add(String.format("%s%n    expected %s %s %s%n    got      %s %s%s", expected.question(),
                        expectedCode, expected.topic(), expected.terms(), region, topic, termOk ? "" : " (no term)"));
            }
        }
        int n = questions.size();
        double accuracy = 1.0 * (n - misses.size()) / n;
        List<Integer> sorted = sizes.stream().sorted().toList();
        String report = String.format("ask() %s set (max %d bytes): %d of %d right (%.1f%%); region %d, topic %d, term %d;"
                + " MCP answer bytes: median %d, p90 %d, max %d%n", set, MAX_BYTES,
                n - misses.size(), n, accuracy * 100, regionRight, topicRight, termFound,
                sorted.get(n / 2), sorted.get((int) Math.ceil(n * 0.9) - 1), sorted.get(n - 1));
        // Writers file some questions under different topics (a withdrawal fee: general or withdrawal); the answer
        // holds the fact either way. This line says how often the place and the answering words are right.
        report += String.format("  with the right place and the answering words, whatever the topic: %d of %d (%.1f%%)%n",
                placeAndWordsRight, n, 100.0 * placeAndWordsRight / n);
        if (!mostReaders.isEmpty()) {
            report += String.format("  with the topic most of three readers give: %d of %d right (%.1f%%)%n",
                    rightByMostReaders, n, 100.0 * rightByMostReaders / n);
        }
        StringBuilder full = new StringBuilder(report);
        misses.forEach(miss -> full.append("  MISS ").append(miss).append('\n'));
        // The held-out misses go to the report file only: they are read for the record, never to tune the rules.
        System.out.print(set.startsWith("heldout") ? report : full);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "ask-evaluation-" + set + ".txt"), full);
        assertThat("at least 100 questions", n, greaterThanOrEqualTo(100));
        assertThat(report, accuracy, greaterThanOrEqualTo(required));
    }

    /**
     * The region's code; for a county the knowledge does not list (喀什市), that of the place its short name finds
     * (喀什 → 喀什地区), which is where such a question is answered from. A place the regions do not hold at all
     * (理塘县) keeps its name, which no answer's code matches: the question counts as a miss.
     */
    static String codeOf(String name) {
        String code = regionCode(name);
        code = code != null ? code : regionCode(name.replaceAll("[市县]$", ""));
        return code != null ? code : "not a region: " + name;
    }

    private static String regionCode(String name) {
        return query("query($n: String!) { region(name: $n) { code } }", Map.of("n", name))
                .extract().jsonPath().getString("data.region.code");
    }

    /** Every string in the answer: what a model reading it would see. */
    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isNumber()) {
            out.add(node.asText());
        } else {
            node.elements().forEachRemaining(child -> out.addAll(strings(child)));
        }
        return out;
    }

    /**
     * The topic at least two of three readers give each question: the writer and the two blind readers of
     * {@code <set>-readers.tsv}, where there is one (the writer's when all three differ). Empty without the file.
     */
    private static Map<String, String> topicsMostReadersGive(String set, List<Expected> questions) throws IOException {
        Map<String, String> topics = new HashMap<>();
        try (InputStream in = AskEvaluationTest.class.getResourceAsStream("/assistant/" + set + "-readers.tsv")) {
            if (in == null) {
                return topics;
            }
            Map<String, String[]> readers = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(f -> readers.put(f[0], f));
            for (Expected expected : questions) {
                String[] read = readers.get(expected.question());
                String first = read[1];
                boolean mostGiveFirst = first.equals(read[2]) && !first.equals(expected.topic());
                topics.put(expected.question(), mostGiveFirst ? first : expected.topic());
            }
        }
        return topics;
    }

    static List<Expected> questionSet(String set) throws IOException {
        // The dev sets are the assistant's example questions (main resources); the held-out and own sets are tests'.
        String folder = set.startsWith("dev") ? "/assistant/examples/" : "/assistant/";
        try (InputStream in = AskEvaluationTest.class.getResourceAsStream(folder + set + ".tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Expected(f[0], f[1], f[2], Arrays.asList(f[3].split("\\|"))))
                    .toList();
        }
    }
}
