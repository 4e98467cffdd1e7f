package app.yibao.atlas.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.api.PolicyClock;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.Region;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;
import jakarta.inject.Inject;

/**
 * The policy slices of a region. Each answers from the in-memory snapshot; a region without facts of a kind
 * gets its nearest ancestor's, each marked with inheritedFrom.
 */
@GraphQLApi
@NonBlocking // in-memory answers: no need to hop to a worker thread
public class RegionPolicy {

    // asOf is a Date in the schema but a String here: parsing it ourselves turns a malformed date into an
    // INVALID_ARGUMENT error naming the value, where the built-in coercion gives an uncoded error.
    private static final String AS_OF = "Only facts that applied on this day (default: today in China).";

    @Inject
    KnowledgeStore store;

    @Description("When the balance may be withdrawn.")
    public @NonNull List<@NonNull WithdrawalCondition> withdrawalConditions(@Source Region region,
            @Name("asOf") @Description(AS_OF) @ToScalar(Scalar.Date.class) String asOf)
            throws InvalidArgumentException {
        return facts(region, FactKind.WITHDRAWAL_CONDITION, WithdrawalCondition.class, appliesOn(asOf));
    }

    @Description("How to apply for a withdrawal: channels, steps, materials, processing time.")
    public WithdrawalProcedure withdrawalProcedure(@Source Region region,
            @Name("asOf") @Description(AS_OF) @ToScalar(Scalar.Date.class) String asOf)
            throws InvalidArgumentException {
        List<WithdrawalProcedure> procedures = facts(region, FactKind.WITHDRAWAL_PROCEDURE,
                WithdrawalProcedure.class, appliesOn(asOf));
        return procedures.isEmpty() ? null : procedures.get(0);
    }

    @Description("What the balance may pay for, optionally of one category.")
    public @NonNull List<@NonNull UsageScenario> usageScenarios(@Source Region region,
            @Name("category") UsageCategory category,
            @Name("asOf") @Description(AS_OF) @ToScalar(Scalar.Date.class) String asOf)
            throws InvalidArgumentException {
        Predicate<UsageScenario> inCategory = fact -> category == null || fact.getCategory() == category;
        return facts(region, FactKind.USAGE_SCENARIO, UsageScenario.class, inCategory.and(appliesOn(asOf)));
    }

    @Description("How to check the balance, optionally by one type of channel.")
    public @NonNull List<@NonNull QueryChannel> queryChannels(@Source Region region,
            @Name("type") QueryChannelType type) {
        Predicate<QueryChannel> ofType = fact -> type == null || fact.getType() == type;
        return facts(region, FactKind.QUERY_CHANNEL, QueryChannel.class, ofType.and(appliesToday()));
    }

    @Description("Hotlines and offices: the region's own (or, without any, those it inherits); with "
            + "includeSubregions, also those its sub-regions hold (a city's bureau, a county's centre), each with its "
            + "region.")
    public @NonNull List<@NonNull Contact> contacts(@Source Region region,
            @Name("includeSubregions") @DefaultValue("false") Boolean includeSubregions) {
        List<Contact> contacts = facts(region, FactKind.CONTACT, Contact.class, appliesToday());
        if (!Boolean.TRUE.equals(includeSubregions)) {
            return contacts;
        }
        List<Contact> all = new ArrayList<>(contacts);
        addSubregionsOwn(region, all);
        return all;
    }

    private void addSubregionsOwn(Region parent, List<Contact> into) {
        for (Region child : store.current().childrenOf(parent)) {
            facts(child, FactKind.CONTACT, Contact.class, appliesToday()).stream()
                    .filter(contact -> contact.getInheritedFrom() == null).forEach(into::add);
            addSubregionsOwn(child, into);
        }
    }

    @Description("Precautions and warnings.")
    public @NonNull List<@NonNull Notice> notices(@Source Region region) {
        return facts(region, FactKind.NOTICE, Notice.class, appliesToday());
    }

    @Description("How the account works here: tiers, crediting, contributions, carry-over, interest, transfers.")
    public @NonNull List<@NonNull AccountFact> accountFacts(@Source Region region,
            @Name("asOf") @Description(AS_OF) @ToScalar(Scalar.Date.class) String asOf)
            throws InvalidArgumentException {
        return facts(region, FactKind.ACCOUNT_FACT, AccountFact.class, appliesOn(asOf));
    }

    private <F extends PolicyFact> List<F> facts(Region region, FactKind kind, Class<F> type,
            Predicate<? super F> filter) {
        return store.current().factsFor(region, kind, type, filter);
    }

    /** Facts that applied on a day; asOf is checked here so that a bad date gets a clear, coded error. */
    private static Predicate<PolicyFact> appliesOn(String asOf) throws InvalidArgumentException {
        LocalDate day = PolicyClock.asOf(asOf);
        return fact -> fact.header().appliesOn(day);
    }

    private static Predicate<PolicyFact> appliesToday() {
        LocalDate day = PolicyClock.today();
        return fact -> fact.header().appliesOn(day);
    }
}
