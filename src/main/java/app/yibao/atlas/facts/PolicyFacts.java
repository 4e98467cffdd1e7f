package app.yibao.atlas.facts;

/** Builds the typed fact of a kind from its common header and its kind-specific details. */
public final class PolicyFacts {

    private PolicyFacts() {
    }

    public static PolicyFact create(FactKind kind, FactHeader header, FactDetails details) {
        return switch (kind) {
            case WITHDRAWAL_CONDITION -> new WithdrawalCondition(header, details);
            case WITHDRAWAL_PROCEDURE -> new WithdrawalProcedure(header, details);
            case USAGE_SCENARIO -> new UsageScenario(header, details);
            case QUERY_CHANNEL -> new QueryChannel(header, details);
            case CONTACT -> new Contact(header, details);
            case NOTICE -> new Notice(header, details);
            case ACCOUNT_FACT -> new AccountFact(header, details);
        };
    }
}
