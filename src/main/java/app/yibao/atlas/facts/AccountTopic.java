package app.yibao.atlas.facts;

/** What an account fact is about. */
public enum AccountTopic {
    TIER, CREDITING, CONTRIBUTION, CARRY_OVER, INTEREST, WALLET_TRANSFER, BRAND_NAME, CASH_ACCESS, FEE, OTHER
}
