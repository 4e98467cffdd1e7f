package app.yibao.atlas.eligibility;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.facts.WithdrawalKind;

@Description("The verdict for one situation given, and the conditions it rests on.")
public record Assessment(
        @NonNull WithdrawalKind situation,
        @NonNull Verdict verdict,
        @NonNull @Description("Why, in one sentence.") String reason,
        @Description("What the verdict depends on, when it is DEPENDS.") String dependsOn,
        @NonNull List<@NonNull WithdrawalCondition> conditions) {
}
