package app.yibao.atlas.assistant;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.yibao.atlas.facts.PolicyFact;

/**
 * The figures a question quotes (7778.15, 6475元): amounts of three digits or more, or with decimals; a year (2024)
 * is a date, not a figure. A figure that only a rule that has ended states tells that the asker read that rule.
 */
public final class QuotedFigures {

    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])\\d{3,}(?:\\.\\d+)?|(?<![\\d.])\\d+\\.\\d+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private QuotedFigures() {
    }

    public static Set<String> in(String text) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            if (!YEAR.matcher(matcher.group()).matches()) {
                figures.add(matcher.group());
            }
        }
        return figures;
    }

    /** Whether a fact's summary states any of the figures. */
    public static boolean statedIn(PolicyFact fact, Set<String> figures) {
        return fact.getDescription() != null && figures.stream().anyMatch(fact.getDescription()::contains);
    }
}
