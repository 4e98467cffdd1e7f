package app.yibao.atlas.assistant;

import org.eclipse.microprofile.graphql.Description;

@Description("What a question is about, and so which slices its answer fills.")
public enum Topic {
    @Description("Taking the balance out: conditions, materials, channels, processing time.")
    WITHDRAWAL,
    @Description("What the balance may pay for, and for whom.")
    USAGE,
    @Description("How to check the balance.")
    BALANCE_QUERY,
    @Description("Whom to call or visit.")
    CONTACT,
    @Description("How the account works: crediting, tiers, interest, carry-over, wallet, fees.")
    GENERAL
}
