package app.yibao.atlas.facts;

/** The situations in which a personal-account balance may be withdrawn. */
public enum WithdrawalKind {
    EMIGRATION,
    LOSS_OF_NATIONALITY,
    DEATH,
    RETIREMENT_RELOCATION,
    CROSS_REGION_EMPLOYMENT,
    LONG_TERM_RESIDENCE_ELSEWHERE,
    FOREIGN_NATIONAL_DEPARTURE,
    SERIOUS_ILLNESS,
    VOLUNTARY_OPT_OUT,
    FINANCIAL_HARDSHIP
}
