package app.yibao.atlas.knowledge;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import app.yibao.atlas.facts.FactKind;

/** A validated fact as read from a knowledge file, ready to be stored. */
public record FactDraft(
        String id,
        String regionCode,
        FactKind kind,
        int position,
        String title,
        String description,
        LocalDate appliesFrom,
        LocalDate appliesUntil,
        boolean disputed,
        String disputeNote,
        String caveat,
        ObjectNode details,
        List<CitationDraft> citations) {
}
