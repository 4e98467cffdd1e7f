package app.yibao.atlas.facts;

/** Ways to check the balance. */
public enum QueryChannelType {
    WEBSITE, MOBILE_APP, MINI_PROGRAM, WECHAT, ALIPAY, PHONE, SERVICE_WINDOW, SELF_SERVICE_TERMINAL, DESIGNATED_PROVIDER
}
