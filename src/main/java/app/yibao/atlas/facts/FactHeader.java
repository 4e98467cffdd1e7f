package app.yibao.atlas.facts;

import java.time.LocalDate;
import java.util.List;

import app.yibao.atlas.regions.Region;

/** The fields every policy fact has, whatever its kind. */
public record FactHeader(
        String id,
        String regionCode,
        String title,
        String description,
        LocalDate appliesFrom,
        LocalDate appliesUntil,
        boolean disputed,
        String disputeNote,
        String caveat,
        List<Citation> citations,
        Region region) {

    public FactHeader {
        citations = List.copyOf(citations);
    }

    /** Whether the fact applied on that day; open ends mean "since ever" and "until further notice". */
    public boolean appliesOn(LocalDate day) {
        return (appliesFrom == null || !day.isBefore(appliesFrom))
                && (appliesUntil == null || !day.isAfter(appliesUntil));
    }

    /** Whether the fact had stopped applying before that day. */
    public boolean endedBefore(LocalDate day) {
        return appliesUntil != null && appliesUntil.isBefore(day);
    }
}
