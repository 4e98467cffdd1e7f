package app.yibao.atlas.assistant;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a question is about: today, unless it names an earlier year ("2024年的缴费基数", "in 2023"), whose last
 * day it then is. Facts carry the dates they applied, so a question about a past year is answered with the rules
 * of that year. A year still to come, or one before the knowledge could hold rules, leaves today.
 */
final class QuestionDate {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");
    private static final int EARLIEST = 2000;

    private QuestionDate() {
    }

    /** The last day of the earliest year the text names, if that year is past; else today. */
    static LocalDate of(String text, LocalDate today) {
        Matcher years = YEAR.matcher(text);
        int earliest = Integer.MAX_VALUE;
        while (years.find()) {
            earliest = Math.min(earliest, Integer.parseInt(years.group(1)));
        }
        if (earliest < EARLIEST || earliest >= today.getYear()) {
            return today;
        }
        return LocalDate.of(earliest, 12, 31);
    }
}
