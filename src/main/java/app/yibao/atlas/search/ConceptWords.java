package app.yibao.atlas.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chinese words and English stems of every concept, filed under their first character, so that the concepts a
 * text says are found in one pass over it instead of one search per word (the table has several hundred words and
 * stems, and this runs for every retrieval pass of every question).
 */
final class ConceptWords {

    private record Word(String text, int concept) {
    }

    private final Map<Character, List<Word>> wordsByFirstCharacter = new HashMap<>();
    private final Map<Character, List<Word>> stemsByFirstLetter = new HashMap<>();

    /** The words and stems of each concept, the concept known by its position in the list. */
    ConceptWords(List<Lexicon.Concept> concepts) {
        for (int concept = 0; concept < concepts.size(); concept++) {
            file(concepts.get(concept).chinese(), concept, wordsByFirstCharacter);
            file(concepts.get(concept).english(), concept, stemsByFirstLetter);
        }
    }

    private static void file(List<String> words, int concept, Map<Character, List<Word>> byFirstCharacter) {
        for (String word : words) {
            byFirstCharacter.computeIfAbsent(word.charAt(0), first -> new ArrayList<>()).add(new Word(word, concept));
        }
    }

    /** The positions of the concepts one of whose words the text contains. */
    BitSet saidIn(String text) {
        BitSet said = new BitSet();
        for (int at = 0; at < text.length(); at++) {
            List<Word> words = wordsByFirstCharacter.get(text.charAt(at));
            if (words == null) {
                continue;
            }
            for (Word word : words) {
                if (!said.get(word.concept()) && text.startsWith(word.text(), at)) {
                    said.set(word.concept());
                }
            }
        }
        return said;
    }

    /** The positions of the concepts one of whose English stems one of the words matches. */
    BitSet stemsMatching(List<String> words) {
        BitSet said = new BitSet();
        for (String word : words) {
            List<Word> stems = stemsByFirstLetter.get(word.charAt(0));
            if (stems == null) {
                continue;
            }
            for (Word stem : stems) {
                if (!said.get(stem.concept()) && Lexicon.matches(word, stem.text())) {
                    said.set(stem.concept());
                }
            }
        }
        return said;
    }
}
