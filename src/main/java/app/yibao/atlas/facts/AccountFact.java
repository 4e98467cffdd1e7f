package app.yibao.atlas.facts;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How the personal account works: tiers, crediting, contributions, carry-over, interest, transfers, names.")
public final class AccountFact extends PolicyFact {

    private final AccountTopic topic;
    private final BigDecimal amount;
    private final String unit;

    public AccountFact(FactHeader header, FactDetails details) {
        super(header);
        this.topic = details.enumValue("topic", AccountTopic.class);
        this.amount = details.number("amount");
        this.unit = details.text("unit");
    }

    @NonNull
    public AccountTopic getTopic() {
        return topic;
    }

    /** A topic of its own: a province's brand name does not hide the nation's rules on interest or carry-over. */
    @Override
    @Ignore
    public Object inheritanceSubject() {
        return topic == AccountTopic.OTHER ? getFactId() : topic;
    }

    @Description("The figure, when the fact is one figure; see unit.")
    public BigDecimal getAmount() {
        return amount;
    }

    @Description("Unit of amount as the source states it, e.g. 元, %, 元/人/年.")
    public String getUnit() {
        return unit;
    }
}
