package app.yibao.atlas.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Policies take effect on Chinese calendar days, so "today" is today in China, wherever the server runs. */
public final class PolicyClock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PolicyClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The day an {@code asOf} argument names (YYYY-MM-DD), or today when it is absent. */
    public static LocalDate asOf(String asOf) throws InvalidArgumentException {
        if (asOf == null) {
            return today();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("asOf", asOf, "Give a calendar date as YYYY-MM-DD, e.g. 2023-10-01.");
        }
    }
}
