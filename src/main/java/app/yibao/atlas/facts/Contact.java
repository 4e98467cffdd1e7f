package app.yibao.atlas.facts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A hotline or office of the medical-insurance administration.")
public final class Contact extends PolicyFact {

    private final String organisation;
    private final String phone;
    private final String address;
    private final String openingHours;

    public Contact(FactHeader header, FactDetails details) {
        super(header);
        this.organisation = details.text("organisation");
        this.phone = details.text("phone");
        this.address = details.text("address");
        this.openingHours = details.text("openingHours");
    }

    @NonNull
    public String getOrganisation() {
        return organisation;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getOpeningHours() {
        return openingHours;
    }
}
