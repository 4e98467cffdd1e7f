package app.yibao.atlas.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The loader refuses a broken knowledge bundle as a whole, naming every problem with its file and entry. */
class BundleReaderTest {

    private static final String FILE = "broken-knowledge/regions/440300-shenzhen.yaml";

    @Test
    void namesEveryProblemWithFileEntryAndField() {
        KnowledgeFileException refused = assertThrows(KnowledgeFileException.class,
                () -> BundleReader.read("broken-knowledge"));
        List<String> problems = refused.problems();

        assertProblem(problems, "broken-knowledge/sources.yaml, source 1 'sample.txt': 'publishedOn' must be a date like 2023-10-01, found '2025-02-30'");
        assertProblem(problems, FILE + ", fact 2 'shenzhen-bad-kind', field 'kind': 'EMIGRATE' is not one of [EMIGRATION,");
        assertProblem(problems, FILE + ", fact 3 'shenzhen-no-citation': every fact needs at least one citation");
        assertProblem(problems, FILE + ", fact 4 'shenzhen-invented-quote', citation 1: the quote is not in sample.txt");
        assertProblem(problems, FILE + ", fact 5 'shenzhen-bad-dates': appliesFrom 2024-01-01 is after appliesUntil 2023-09-30");
        assertProblem(problems, FILE + ", fact 5 'shenzhen-bad-dates', field 'balanceThreshold': must be a number");
        assertProblem(problems, FILE + ", fact 5 'shenzhen-bad-dates', citation 1: source 'unknown.txt' is not listed");
        assertProblem(problems, FILE + ", fact 6 'shenzhen-good': fact id 'shenzhen-good' is used twice");
        assertProblem(problems, FILE + ", fact 6 'shenzhen-good': unknown field 'colour'");
        assertProblem(problems, FILE + ", fact 7 'shenzhen-disputed': a disputed fact needs a 'disputeNote'");
        assertProblem(problems, "broken-knowledge/regions/999999-nowhere.yaml: file not found on the class path");
        assertEquals(11, problems.size(), () -> "unexpected problems: " + problems);

        assertTrue(refused.getMessage().startsWith("The knowledge bundle was rejected, 11 problem(s):"));
        assertFalse(problems.stream().anyMatch(problem -> problem.contains("fact 1 ")),
                "a quote with full-width punctuation still matches its half-width source: " + problems);
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        KnowledgeFileException refused = assertThrows(KnowledgeFileException.class,
                () -> BundleReader.read("broken-yaml"));
        assertProblem(refused.problems(), "broken-yaml/bundle.yaml: not valid YAML");
        assertProblem(refused.problems(), "(line ");
    }

    @Test
    void aMissingBundleIsNamed() {
        KnowledgeFileException refused = assertThrows(KnowledgeFileException.class,
                () -> BundleReader.read("no-such-folder"));
        assertEquals(List.of("no-such-folder/bundle.yaml: file not found on the class path"), refused.problems());
    }

    @Test
    void theBundledKnowledgeIsValidAndItsChecksumIsStable() {
        KnowledgeBundle first = BundleReader.read(BundleReader.DEFAULT_ROOT);
        KnowledgeBundle second = BundleReader.read(BundleReader.DEFAULT_ROOT);
        assertEquals(first.checksum(), second.checksum());
        assertEquals(64, first.checksum().length());
        assertTrue(first.facts().size() > 50, "the seed documents hold more than 50 facts");
        assertEquals(2243, first.divisions().size());
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                () -> "expected a problem containing «" + expected + "» in " + problems);
    }
}
