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

    /** The kind of a typed fact: the inverse of {@link #create}. */
    public static FactKind kindOf(PolicyFact fact) {
        if (fact instanceof WithdrawalCondition) {
            return FactKind.WITHDRAWAL_CONDITION;
        } else if (fact instanceof WithdrawalProcedure) {
            return FactKind.WITHDRAWAL_PROCEDURE;
        } else if (fact instanceof UsageScenario) {
            return FactKind.USAGE_SCENARIO;
        } else if (fact instanceof QueryChannel) {
            return FactKind.QUERY_CHANNEL;
        } else if (fact instanceof Contact) {
            return FactKind.CONTACT;
        } else if (fact instanceof Notice) {
            return FactKind.NOTICE;
        }
        return FactKind.ACCOUNT_FACT;
    }
}
