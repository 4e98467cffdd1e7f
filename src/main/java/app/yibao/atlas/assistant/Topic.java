package app.yibao.atlas.assistant;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

import app.yibao.atlas.facts.FactKind;

@Description("What a question is about, and so which slices its answer fills.")
public enum Topic {
    @Description("Taking the balance out: conditions, materials, channels, processing time (and what it costs, when asked).")
    WITHDRAWAL(FactKind.WITHDRAWAL_CONDITION, FactKind.WITHDRAWAL_PROCEDURE),
    @Description("What the balance may pay for, and for whom.")
    USAGE(FactKind.USAGE_SCENARIO),
    @Description("How to check the balance.")
    BALANCE_QUERY(FactKind.QUERY_CHANNEL),
    @Description("Whom to call or visit.")
    CONTACT(FactKind.CONTACT),
    @Description("How the account works: crediting, tiers, interest, carry-over, wallet, fees; and notices.")
    GENERAL(FactKind.ACCOUNT_FACT, FactKind.NOTICE);

    private final Set<FactKind> kinds;

    Topic(FactKind first, FactKind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    /** The kinds of fact that answer questions on this topic. */
    public Set<FactKind> factKinds() {
        return EnumSet.copyOf(kinds);
    }
}
