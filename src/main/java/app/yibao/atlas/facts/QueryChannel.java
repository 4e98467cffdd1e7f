package app.yibao.atlas.facts;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A way to check the personal-account balance.")
public final class QueryChannel extends PolicyFact {

    private final QueryChannelType type;
    private final String name;
    private final List<String> steps;
    private final List<String> prerequisites;
    private final String contact;

    public QueryChannel(FactHeader header, FactDetails details) {
        super(header);
        this.type = details.enumValue("channelType", QueryChannelType.class);
        this.name = details.text("name");
        this.steps = details.texts("steps");
        this.prerequisites = details.texts("prerequisites");
        this.contact = details.text("contact");
    }

    @NonNull
    public QueryChannelType getType() {
        return type;
    }

    /** A kind of channel of its own: a province's mini program does not hide the nation's hotline or app. */
    @Override
    @Ignore
    public Object inheritanceSubject() {
        return type;
    }

    @Description("The channel's name, e.g. 深圳医保 APP or 12333.")
    public String getName() {
        return name;
    }

    @Description("The steps, in order.")
    public @NonNull List<@NonNull String> getSteps() {
        return steps;
    }

    @Description("What must be done first, e.g. 实名认证.")
    public @NonNull List<@NonNull String> getPrerequisites() {
        return prerequisites;
    }

    @Description("Phone number or address, when the sources give one.")
    public String getContact() {
        return contact;
    }
}
