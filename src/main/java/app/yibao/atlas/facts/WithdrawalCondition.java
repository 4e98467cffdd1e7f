package app.yibao.atlas.facts;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A situation in which the personal-account balance may be withdrawn.")
public final class WithdrawalCondition extends PolicyFact {

    private final WithdrawalKind kind;
    private final String applicant;
    private final List<String> materials;
    private final String outcome;
    private final List<String> notes;

    public WithdrawalCondition(FactHeader header, FactDetails details) {
        super(header);
        this.kind = details.enumValue("kind", WithdrawalKind.class);
        this.applicant = details.text("applicant");
        this.materials = details.texts("materials");
        this.outcome = details.text("outcome");
        this.notes = details.texts("notes");
    }

    @NonNull
    public WithdrawalKind getKind() {
        return kind;
    }

    @Description("Who may apply, e.g. the insured person or the heir.")
    public String getApplicant() {
        return applicant;
    }

    @Description("Documents to bring, as the sources list them.")
    public @NonNull List<@NonNull String> getMaterials() {
        return materials;
    }

    @Description("What follows, e.g. the insurance relationship ends.")
    public String getOutcome() {
        return outcome;
    }

    public @NonNull List<@NonNull String> getNotes() {
        return notes;
    }
}
