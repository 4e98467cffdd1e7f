package app.yibao.atlas.assistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example questions' vote on the topic, on its own (no lexicon weights, no retrieval). Measured on questions
 * it was not learnt from: the sets are dealt into eight folds, and each fold in turn is left out and asked.
 */
class TopicExamplesTest {

    /** How many folds the sets are dealt into for cross-validation: eight learnings of seven eighths each. */
    static final int FOLDS = 8;

    @Test
    void eachFoldLeftOutIsFiledMostlyRightByTheOthers() {
        int right = 0;
        int asked = 0;
        StringBuilder report = new StringBuilder("Examples' vote alone, each eighth of the sets left out in turn:");
        for (int fold = 0; fold < FOLDS; fold++) {
            TopicExamples vote = learntWithout(fold);
            int foldRight = 0;
            List<TopicExamples.Example> questions = TopicExamples.load(fold(fold));
            for (TopicExamples.Example example : questions) {
                foldRight += vote.topicOf(example.question()) == example.topic() ? 1 : 0;
            }
            report.append(String.format(" fold %d %d/%d;", fold, foldRight, questions.size()));
            right += foldRight;
            asked += questions.size();
        }
        double accuracy = 1.0 * right / asked;
        System.out.printf("%s overall %d/%d (%.1f%%)%n", report, right, asked, accuracy * 100);
        assertThat(report.toString(), accuracy, greaterThanOrEqualTo(0.97));
    }

    /** The sets of one fold: every eighth set, so that each fold holds sets of every period, brief and kind of asker. */
    static List<String> fold(int fold) {
        return IntStream.range(0, TopicExamples.SETS.size()).filter(i -> i % FOLDS == fold)
                .mapToObj(TopicExamples.SETS::get).toList();
    }

    /** The vote learnt from every fold but one: that fold's questions are then unseen by it. */
    static TopicExamples learntWithout(int fold) {
        List<String> left = fold(fold);
        List<String> others = TopicExamples.SETS.stream().filter(set -> !left.contains(set)).toList();
        return TopicExamples.learnt(TopicExamples.load(others));
    }

    /**
     * The held-out and own sets are never examples, nor is any question of theirs word for word: short keyword
     * queries that two writers wrote alike were taken out of the development sets (for the second and third held-out
     * sets, out of them), so that a held-out set is measured entirely on questions the vote has not seen.
     */
    @ParameterizedTest
    @ValueSource(strings = { "heldout", "heldout2", "heldout3" })
    void heldOutIsNeverCountedAsExamples(String heldOut) throws IOException {
        assertThat(TopicExamples.SETS, not(hasItems(heldOut)));
        assertThat(TopicExamples.SETS, not(hasItems("questions")));
        Set<String> examples = new HashSet<>();
        TopicExamples.load(TopicExamples.SETS).forEach(example -> examples.add(TopicExamples.textOf(example.question())));
        List<String> alike = AskEvaluationTest.questionSet(heldOut).stream().map(AskEvaluationTest.Expected::question)
                .filter(question -> examples.contains(TopicExamples.textOf(question))).toList();
        assertThat("held-out questions identical to an example", alike, empty());
    }

    @Test
    void theVoteIsAProbabilityOverEveryTopic() {
        String text = TopicExamples.textOf("深圳医保余额怎么查");
        Map<Topic, Double> vote = TopicExamples.bundled().vote(text, app.yibao.atlas.search.Lexicon.conceptsIn(text));
        assertEquals(Topic.values().length, vote.size());
        assertEquals(1.0, vote.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(Topic.BALANCE_QUERY, TopicExamples.bundled().topicOf("深圳医保余额怎么查"));
        assertEquals(Topic.WITHDRAWAL, TopicExamples.bundled().topicOf("出国定居了医保里的钱能取出来吗"));
    }
}
