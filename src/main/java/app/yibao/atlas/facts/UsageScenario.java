package app.yibao.atlas.facts;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something the personal-account balance may pay for, for whom and on what conditions.")
public final class UsageScenario extends PolicyFact {

    private final UsageCategory category;
    private final List<Beneficiary> beneficiaries;
    private final List<String> conditions;
    private final BigDecimal balanceThreshold;
    private final List<String> tiers;

    public UsageScenario(FactHeader header, FactDetails details) {
        super(header);
        this.category = details.enumValue("category", UsageCategory.class);
        this.beneficiaries = details.enumValues("beneficiaries", Beneficiary.class);
        this.conditions = details.texts("conditions");
        this.balanceThreshold = details.number("balanceThreshold");
        this.tiers = details.texts("tiers");
    }

    @NonNull
    public UsageCategory getCategory() {
        return category;
    }

    /**
     * A category of its own: a city's rule for pharmacies does not hide the nation's for inpatient care. A use
     * of no listed category stands alone, and so do the rules on treatment elsewhere: a province's filing rule adds
     * to the nation's principle that the card works where one is insured, it does not replace it.
     */
    @Override
    @Ignore
    public Object inheritanceSubject() {
        return category == UsageCategory.OTHER || category == UsageCategory.TREATMENT_ELSEWHERE ? getFactId()
                : category;
    }

    public @NonNull List<@NonNull Beneficiary> getBeneficiaries() {
        return beneficiaries;
    }

    public @NonNull List<@NonNull String> getConditions() {
        return conditions;
    }

    @Description("Balance in yuan above which the rule applies, when it has such a threshold.")
    public BigDecimal getBalanceThreshold() {
        return balanceThreshold;
    }

    @Description("Insurance tiers the rule applies to (e.g. 一档); empty when the sources do not restrict it.")
    public @NonNull List<@NonNull String> getTiers() {
        return tiers;
    }
}
