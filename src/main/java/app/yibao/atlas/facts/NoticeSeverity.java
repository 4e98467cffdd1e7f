package app.yibao.atlas.facts;

public enum NoticeSeverity {
    INFO, WARNING
}
