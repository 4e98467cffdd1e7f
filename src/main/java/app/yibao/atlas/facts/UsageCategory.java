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
    OTHER
}
