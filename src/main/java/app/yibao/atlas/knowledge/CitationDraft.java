package app.yibao.atlas.knowledge;

public record CitationDraft(String sourceId, String quote) {
}
