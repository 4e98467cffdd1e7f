package app.yibao.atlas.facts;

/** The kinds of policy fact; each has its own GraphQL type and its own fields in the knowledge files. */
public enum FactKind {
    WITHDRAWAL_CONDITION,
    WITHDRAWAL_PROCEDURE,
    USAGE_SCENARIO,
    QUERY_CHANNEL,
    CONTACT,
    NOTICE,
    ACCOUNT_FACT
}
