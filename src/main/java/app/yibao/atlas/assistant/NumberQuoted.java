package app.yibao.atlas.assistant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.yibao.atlas.facts.Contact;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.regions.Region;

/**
 * Whose number a question quotes (0997-2201198是哪个单位的电话, 0997-5822569 是哪个县的): the place of the office that
 * has it. Built once per knowledge snapshot.
 */
final class NumberQuoted {

    // an area code and a local number, with or without the hyphen (0997-2201198, 09972201198)
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)0\\d{2,3}[-\\s]?\\d{7,8}(?!\\d)");

    private final Map<String, Region> placeByNumber = new HashMap<>();

    NumberQuoted(KnowledgeSnapshot snapshot) {
        for (PolicyFact fact : snapshot.allFacts()) {
            if (fact instanceof Contact contact && contact.getPhone() != null) {
                Matcher numbers = NUMBER.matcher(contact.getPhone());
                while (numbers.find()) {
                    placeByNumber.putIfAbsent(digits(numbers.group()), fact.getRegion());
                }
            }
        }
    }

    /** The place of the first office whose number the text quotes, if any. */
    Optional<Region> in(String text) {
        Matcher numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            Region place = placeByNumber.get(digits(numbers.group()));
            if (place != null) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }
}
