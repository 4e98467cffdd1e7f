package app.yibao.atlas.eligibility;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the balance may be withdrawn.")
public enum Verdict {
    @Description("A cited rule allows it in this situation.")
    ELIGIBLE,
    @Description("Cited rules say no: the situation allows no withdrawal, or the balance moves instead.")
    NOT_ELIGIBLE,
    @Description("It depends on something not given, on a local scheme, or the sources are weak: see dependsOn.")
    DEPENDS
}
