package app.yibao.atlas.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The development sets are the vote's examples, so their scores in {@link AskEvaluationTest} are in-sample. Here
 * the sets are dealt into folds ({@link TopicExamplesTest#fold}) and each fold in turn is asked with a vote learnt from
 * the other folds only: the whole assistant (lexicon, retrieval and vote) filing questions whose like it has not been
 * shown. Region and topic only; the terms need the MCP answer.
 */
@QuarkusTest
class AskCrossValidationTest {

    @Inject
    Assistant assistant;

    @Test
    void eachFoldLeftOutOfTheExamplesIsFiledMostlyRight() throws IOException {
        Map<String, String> codes = new HashMap<>();
        int right = 0;
        int asked = 0;
        StringBuilder report = new StringBuilder("ask() region and topic, each eighth of the sets left out of the examples:");
        for (int fold = 0; fold < TopicExamplesTest.FOLDS; fold++) {
            TopicExamples others = TopicExamplesTest.learntWithout(fold);
            int foldRight = 0;
            int foldAsked = 0;
            for (String set : TopicExamplesTest.fold(fold)) {
                for (AskEvaluationTest.Expected expected : AskEvaluationTest.questionSet(set)) {
                    Answer answer = assistant.ask(expected.question(), others);
                    String code = codes.computeIfAbsent(expected.region(), AskEvaluationTest::codeOf);
                    boolean filed = code.equals(answer.region().code())
                            && expected.topic().equals(answer.topic().name());
                    foldRight += filed ? 1 : 0;
                    foldAsked++;
                }
            }
            report.append(String.format(" fold %d %d/%d;", fold, foldRight, foldAsked));
            right += foldRight;
            asked += foldAsked;
        }
        double accuracy = 1.0 * right / asked;
        System.out.printf("%s overall %d/%d (%.1f%%)%n", report, right, asked, accuracy * 100);
        assertThat(report.toString(), accuracy, greaterThanOrEqualTo(0.97));
    }
}
