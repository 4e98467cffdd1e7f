package app.yibao.atlas.facts;

/**
 * What an account fact is about. CONTRIBUTION: bases and rates; CONTRIBUTION_YEARS: how the years of contribution
 * count; USAGE_THRESHOLD: the balance the account must hold before it may be used.
 */
public enum AccountTopic {
    TIER, CREDITING, CONTRIBUTION, CONTRIBUTION_YEARS, CARRY_OVER, INTEREST, WALLET_TRANSFER, BRAND_NAME, CASH_ACCESS,
    FEE, USAGE_THRESHOLD, OTHER
}
