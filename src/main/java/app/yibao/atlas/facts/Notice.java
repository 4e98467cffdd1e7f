package app.yibao.atlas.facts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A precaution or warning, e.g. on privacy, agents (中介) or illegal cash-out.")
public final class Notice extends PolicyFact {

    private final NoticeSeverity severity;

    public Notice(FactHeader header, FactDetails details) {
        super(header);
        this.severity = details.enumValue("severity", NoticeSeverity.class);
    }

    @NonNull
    public NoticeSeverity getSeverity() {
        return severity;
    }
}
