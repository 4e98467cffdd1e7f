package app.yibao.atlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The one-pass search for the lexicon's words finds what searching the text once per word finds. */
class ConceptWordsTest {

    private static final ConceptWords WORDS = new ConceptWords(Lexicon.concepts());

    @Test
    void everyExampleQuestionSaysTheConceptsAWordByWordSearchFinds() throws IOException {
        List<String> questions = exampleQuestions();
        assertTrue(questions.size() > 10_000, "the example question sets are read");
        for (String question : questions) {
            String text = Lexicon.withoutSpacesInChinese(Lexicon.correct(Tokenizer.normalize(question)));
            List<String> words = latinWords(text);
            assertEquals(wordByWord(text, words, true), WORDS.saidIn(text), question);
            assertEquals(wordByWord(text, words, false), WORDS.stemsMatching(words), question);
        }
    }

    @Test
    void wordsAtEitherEndAndOverlappingWordsAreFound() {
        BitSet said = WORDS.saidIn("余额提取");
        assertTrue(said.get(position("BALANCE")) && said.get(position("WITHDRAW")));
        assertTrue(WORDS.saidIn("出境定居").get(position("EMIGRATION")));
        assertTrue(WORDS.stemsMatching(List.of("emigration", "pensions")).get(position("EMIGRATION")));
        assertTrue(WORDS.stemsMatching(List.of("kids")).get(position("FAMILY")));
        assertEquals(new BitSet(), WORDS.stemsMatching(List.of("kidney")));
    }

    private static BitSet wordByWord(String text, List<String> words, boolean chinese) {
        BitSet said = new BitSet();
        List<Lexicon.Concept> concepts = Lexicon.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            Lexicon.Concept concept = concepts.get(i);
            boolean found = chinese ? concept.chinese().stream().anyMatch(text::contains)
                    : words.stream().anyMatch(word -> concept.english().stream().anyMatch(stem -> Lexicon.matches(word, stem)));
            said.set(i, found);
        }
        return said;
    }

    private static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        for (String term : Tokenizer.terms(text)) {
            if (!Tokenizer.isHan(term.charAt(0))) {
                words.add(term);
            }
        }
        return words;
    }

    private static int position(String name) {
        List<Lexicon.Concept> concepts = Lexicon.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            if (concepts.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static List<String> exampleQuestions() throws IOException {
        List<String> questions = new ArrayList<>();
        try (Stream<Path> sets = Files.list(Path.of("src/main/resources/assistant/examples"))) {
            for (Path set : sets.toList()) {
                for (String line : Files.readAllLines(set)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        questions.add(line.split("\t")[0]);
                    }
                }
            }
        }
        return questions;
    }
}
