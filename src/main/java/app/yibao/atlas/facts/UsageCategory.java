package app.yibao.atlas.facts;

/** What the balance may be spent on. */
public enum UsageCategory {
    OUTPATIENT,
    INPATIENT,
    PHARMACY,
    FAMILY_MUTUAL_AID,
    CHECKUP_AND_VACCINATION,
    COMMERCIAL_INSURANCE,
    CHILD_PREMIUM_REFUND,
    CONTRIBUTION_TOP_UP,
    REHABILITATION,
    /** The part of a bill the account pays: below the deductible, and what the pooled fund does not cover. */
    COST_SHARE,
    /**
     * Treatment away from the place insured (异地就医): where the card works, filing for it, direct settlement. Given
     * only when a question asks about it: most questions about using the balance are about the place insured.
     */
    TREATMENT_ELSEWHERE,
    OTHER
}
