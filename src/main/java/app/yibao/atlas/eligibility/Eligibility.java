package app.yibao.atlas.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.facts.WithdrawalProcedure;
import app.yibao.atlas.regions.Region;

@Description("Whether a person in a situation may withdraw the balance in a region, and if so how.")
public record Eligibility(
        @NonNull Region region,
        @NonNull @Description("ELIGIBLE if any situation given allows it; else DEPENDS if any might; else NOT_ELIGIBLE.")
        Verdict verdict,
        @NonNull @Description("What the answer depends on, one entry per open question.") List<@NonNull String> dependsOn,
        @NonNull @Description("The verdict for each situation given.") List<@NonNull Assessment> assessments,
        @NonNull @Description("The withdrawal conditions that match the situation.") List<@NonNull WithdrawalCondition> conditions,
        @NonNull @Description("Documents to bring: those of the matching conditions, then those of the procedure.")
        List<@NonNull String> materials,
        @Description("Channels, steps and processing time; null if not eligible.") WithdrawalProcedure procedure,
        @Description("How long it takes, as the sources say.") String processingTime,
        @NonNull @Description("What the sources say about taking cash out of the account at all.")
        List<@NonNull AccountFact> cashAccess,
        @NonNull @Description("Every citation the answer rests on, each once.") List<@NonNull Citation> citations,
        @NonNull @Description("Regions whose rules were used because the region has none of its own on this.")
        List<@NonNull Region> inheritedFrom,
        @NonNull @Description("The day the rules were taken as of.") LocalDate asOf) {
}
