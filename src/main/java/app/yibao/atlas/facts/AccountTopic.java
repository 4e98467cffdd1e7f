package app.yibao.atlas.facts;

/**
 * What an account fact is about. CONTRIBUTION: bases and rates; CONTRIBUTION_YEARS: how the years of contribution
 * count; USAGE_THRESHOLD: the balance the account must hold before it may be used; WALLET_TRANSFER: how the wallet
 * moves a balance to relatives; WALLET_ROLLOUT: where the wallet has opened (a place that has it keeps the nation's
 * list beside its own rule); REIMBURSEMENT_PAYOUT: where reimbursed bills are paid, and whether what comes back
 * may be drawn; REIMBURSEMENT_OVERVIEW: where the year's reimbursements and what one paid oneself are shown;
 * NON_DESIGNATED_RECORDS: what records of spending at a non-designated hospital affect; POOLED_FUND: what the pooled
 * fund, which most of the employer's share goes to, pays for; ACTIVATION: whether a card must be activated, and what
 * it needs to work; CONTRIBUTION_CERTIFICATE: how to get a certificate of one's contributions (these six given only
 * when a question asks about them).
 */
public enum AccountTopic {
    TIER, CREDITING, CONTRIBUTION, CONTRIBUTION_YEARS, CARRY_OVER, INTEREST, WALLET_TRANSFER, WALLET_ROLLOUT,
    BRAND_NAME, CASH_ACCESS, FEE, USAGE_THRESHOLD, REIMBURSEMENT_PAYOUT,
    REIMBURSEMENT_OVERVIEW, NON_DESIGNATED_RECORDS, POOLED_FUND, ACTIVATION, CONTRIBUTION_CERTIFICATE, OTHER
}
