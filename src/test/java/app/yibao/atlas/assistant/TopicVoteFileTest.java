package app.yibao.atlas.assistant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The vote the build wrote is the one the bundled examples teach, weight for weight. */
class TopicVoteFileTest {

    @Test
    void theBundledVoteIsTheOneTheExamplesTeach() {
        TopicExamples file = TopicVoteFile.bundled()
                .orElseThrow(() -> new AssertionError("the build wrote no " + TopicVoteFile.RESOURCE));
        TopicExamples learnt = TopicExamples.learnt(TopicExamples.load(TopicExamples.SETS));
        assertEquals(learnt.weights().keySet(), file.weights().keySet());
        learnt.weights().forEach((feature, weights) -> assertArrayEquals(weights, file.weights().get(feature), feature));
        assertArrayEquals(learnt.biases(), file.biases());
    }
}
