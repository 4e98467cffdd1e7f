package app.yibao.atlas.facts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import app.yibao.atlas.sources.Source;

@Description("Where a fact comes from: the document and, where possible, the passage.")
public record Citation(@NonNull Source source, @Description("A short verbatim passage of the source.") String quote) {
}
