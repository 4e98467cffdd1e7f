package app.yibao.atlas.facts;

/** Where a withdrawal can be applied for or paid out. */
public enum WithdrawalChannelType {
    ONLINE, MOBILE_APP, MINI_PROGRAM, ONLINE_BANKING, BANK_COUNTER, ATM, SERVICE_WINDOW
}
