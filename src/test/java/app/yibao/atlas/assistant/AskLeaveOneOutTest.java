package app.yibao.atlas.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The development sets are the vote's examples, so their scores in {@link AskEvaluationTest} are in-sample. Here
 * each set in turn is asked with a vote counted from the other sets only: the whole assistant (lexicon, retrieval
 * and vote) filing questions whose like it has not been shown. Region and topic only; the terms need the MCP answer.
 */
@QuarkusTest
class AskLeaveOneOutTest {

    @Inject
    Assistant assistant;

    @Test
    void eachSetLeftOutOfTheExamplesIsFiledMostlyRight() throws IOException {
        Map<String, String> codes = new HashMap<>();
        int right = 0;
        int asked = 0;
        StringBuilder report = new StringBuilder("ask() region and topic, each set left out of the examples:");
        for (String left : TopicExamples.SETS) {
            TopicExamples others = TopicExamplesTest.countedWithout(left);
            List<AskEvaluationTest.Expected> questions = AskEvaluationTest.questionSet(left);
            int setRight = 0;
            for (AskEvaluationTest.Expected expected : questions) {
                Answer answer = assistant.ask(expected.question(), others);
                String code = codes.computeIfAbsent(expected.region(), AskEvaluationTest::codeOf);
                boolean filed = code.equals(answer.region().code()) && expected.topic().equals(answer.topic().name());
                setRight += filed ? 1 : 0;
            }
            report.append(String.format(" %s %d/%d;", left, setRight, questions.size()));
            right += setRight;
            asked += questions.size();
        }
        double accuracy = 1.0 * right / asked;
        System.out.printf("%s overall %d/%d (%.1f%%)%n", report, right, asked, accuracy * 100);
        assertThat(report.toString(), accuracy, greaterThanOrEqualTo(0.95));
    }
}
