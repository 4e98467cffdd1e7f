package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a short text holds any of many words (the lexicon's thousands): at each character, only the words
 * that start with it are tried, rather than every word searched for through the whole text.
 */
final class WordFinder {

    /** A word found: its index in the list the finder was built from, and where it starts in the text. */
    interface Found {
        void at(int word, int start);
    }

    private final List<String> words;
    private final Map<Character, List<Integer>> byFirstCharacter = new HashMap<>();

    WordFinder(List<String> words) {
        this.words = List.copyOf(words);
        for (int i = 0; i < this.words.size(); i++) {
            if (!this.words.get(i).isEmpty()) {
                byFirstCharacter.computeIfAbsent(this.words.get(i).charAt(0), first -> new ArrayList<>()).add(i);
            }
        }
    }

    int length(int word) {
        return words.get(word).length();
    }

    /** Every occurrence of every word, overlapping ones too, in order of position. */
    void find(String text, Found found) {
        for (int start = 0; start < text.length(); start++) {
            for (int word : byFirstCharacter.getOrDefault(text.charAt(start), List.of())) {
                if (text.startsWith(words.get(word), start)) {
                    found.at(word, start);
                }
            }
        }
    }
}
