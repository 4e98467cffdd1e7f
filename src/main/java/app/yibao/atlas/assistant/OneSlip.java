package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds which of a set of words a string is, typed with one pinyin slip: one character replaced by another of the
 * same sound (杭洲 for 杭州, 西按 for 西安). Each word is indexed once under each of its characters blanked out, so a
 * look-up is one map access per character of the string.
 */
final class OneSlip {

    private static final char BLANK = '\u0000';

    private record Slot(String word, int position) {
    }

    private final Map<String, List<Slot>> slotsByBlankedWord = new HashMap<>();
    private final int longest;

    /** Words of two characters or more; shorter ones are left out (one character is any character). */
    OneSlip(Collection<String> words) {
        int max = 0;
        for (String word : words) {
            if (word.length() < 2) {
                continue;
            }
            max = Math.max(max, word.length());
            for (int i = 0; i < word.length(); i++) {
                slotsByBlankedWord.computeIfAbsent(blank(word, i), key -> new ArrayList<>()).add(new Slot(word, i));
            }
        }
        longest = max;
    }

    /** The word that {@code typed} is with one character mistyped as a homophone, if any. */
    Optional<String> meant(String typed) {
        return allMeant(typed).stream().findFirst();
    }

    /** Every word that {@code typed} may be with one character mistyped as a homophone (新禾县: 新河县 and 新和县). */
    List<String> allMeant(String typed) {
        if (typed.length() < 2 || typed.length() > longest) {
            return List.of();
        }
        List<String> meant = new ArrayList<>(1);
        for (int i = 0; i < typed.length(); i++) {
            List<Slot> slots = slotsByBlankedWord.get(blank(typed, i));
            if (slots == null) {
                continue;
            }
            for (Slot slot : slots) {
                if (slot.position() == i && Homophones.soundAlike(slot.word().charAt(i), typed.charAt(i))
                        && !meant.contains(slot.word())) {
                    meant.add(slot.word());
                }
            }
        }
        return meant;
    }

    private static String blank(String word, int position) {
        return word.substring(0, position) + BLANK + word.substring(position + 1);
    }
}
