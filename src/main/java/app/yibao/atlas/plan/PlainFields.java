package app.yibao.atlas.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.yibao.atlas.assistant.Answer;
import app.yibao.atlas.eligibility.Assessment;
import app.yibao.atlas.eligibility.Eligibility;
import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.Contact;
import app.yibao.atlas.facts.Notice;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.QueryChannel;
import app.yibao.atlas.facts.UsageScenario;
import app.yibao.atlas.facts.WithdrawalChannel;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.facts.WithdrawalProcedure;
import app.yibao.atlas.regions.PageInfo;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionConnection;
import app.yibao.atlas.regions.RegionEdge;
import app.yibao.atlas.search.SearchHit;
import app.yibao.atlas.sources.Source;

/**
 * The getter behind every plain field of the schema (a field that is a property, not a resolver), by GraphQL type
 * and field name: method references, so that neither the engine's field fetchers nor compiled plans need reflection.
 * A test checks that this table and the schema SmallRye builds from the annotations name the same fields.
 */
public final class PlainFields {

    private static final Map<String, Map<String, Function<Object, Object>>> GETTERS = new HashMap<>();

    static {
        type("Region", Region.class)
                .add("id", Region::getId).add("code", Region::code).add("name", Region::name).add("shortName", Region::shortName)
                .add("level", Region::level).add("aliases", Region::aliases);
        type("RegionConnection", RegionConnection.class)
                .add("edges", RegionConnection::edges).add("pageInfo", RegionConnection::pageInfo)
                .add("totalCount", RegionConnection::totalCount);
        type("RegionEdge", RegionEdge.class).add("cursor", RegionEdge::cursor).add("node", RegionEdge::node);
        type("PageInfo", PageInfo.class)
                .add("hasNextPage", PageInfo::hasNextPage).add("endCursor", PageInfo::endCursor);
        type("Source", Source.class)
                .add("id", Source::id).add("title", Source::title).add("publisher", Source::publisher)
                .add("publishedOn", Source::publishedOn).add("reliability", Source::reliability);
        type("Citation", Citation.class).add("source", Citation::source).add("quote", Citation::quote);
        type("WithdrawalChannel", WithdrawalChannel.class)
                .add("type", WithdrawalChannel::type).add("name", WithdrawalChannel::name)
                .add("description", WithdrawalChannel::description);

        fact("WithdrawalCondition", WithdrawalCondition.class)
                .add("kind", WithdrawalCondition::getKind).add("applicant", WithdrawalCondition::getApplicant)
                .add("materials", WithdrawalCondition::getMaterials).add("outcome", WithdrawalCondition::getOutcome)
                .add("notes", WithdrawalCondition::getNotes);
        fact("WithdrawalProcedure", WithdrawalProcedure.class)
                .add("channels", WithdrawalProcedure::getChannels).add("steps", WithdrawalProcedure::getSteps)
                .add("materials", WithdrawalProcedure::getMaterials)
                .add("processingTime", WithdrawalProcedure::getProcessingTime)
                .add("processingDaysMin", WithdrawalProcedure::getProcessingDaysMin)
                .add("processingDaysMax", WithdrawalProcedure::getProcessingDaysMax)
                .add("payout", WithdrawalProcedure::getPayout);
        fact("UsageScenario", UsageScenario.class)
                .add("category", UsageScenario::getCategory).add("beneficiaries", UsageScenario::getBeneficiaries)
                .add("conditions", UsageScenario::getConditions)
                .add("balanceThreshold", UsageScenario::getBalanceThreshold).add("tiers", UsageScenario::getTiers);
        fact("QueryChannel", QueryChannel.class)
                .add("type", QueryChannel::getType).add("name", QueryChannel::getName)
                .add("steps", QueryChannel::getSteps).add("prerequisites", QueryChannel::getPrerequisites)
                .add("contact", QueryChannel::getContact);
        fact("Contact", Contact.class)
                .add("organisation", Contact::getOrganisation).add("phone", Contact::getPhone)
                .add("address", Contact::getAddress).add("openingHours", Contact::getOpeningHours);
        fact("Notice", Notice.class).add("severity", Notice::getSeverity);
        fact("AccountFact", AccountFact.class)
                .add("topic", AccountFact::getTopic).add("amount", AccountFact::getAmount)
                .add("unit", AccountFact::getUnit);

        type("SearchHit", SearchHit.class)
                .add("kind", SearchHit::kind).add("factId", SearchHit::factId).add("region", SearchHit::region)
                .add("title", SearchHit::title).add("snippet", SearchHit::snippet).add("score", SearchHit::score)
                .add("citations", SearchHit::citations);
        type("Answer", Answer.class)
                .add("question", Answer::question).add("asOf", Answer::asOf).add("region", Answer::region).add("topic", Answer::topic)
                .add("intents", Answer::intents).add("withdrawalConditions", Answer::withdrawalConditions)
                .add("withdrawalProcedure", Answer::withdrawalProcedure)
                .add("usageScenarios", Answer::usageScenarios).add("queryChannels", Answer::queryChannels)
                .add("contacts", Answer::contacts).add("accountFacts", Answer::accountFacts)
                .add("notices", Answer::notices)
                .add("otherRegions", Answer::otherRegions).add("hits", Answer::hits).add("confidence", Answer::confidence)
                .add("disclaimer", Answer::disclaimer);
        type("Eligibility", Eligibility.class)
                .add("region", Eligibility::region).add("verdict", Eligibility::verdict)
                .add("dependsOn", Eligibility::dependsOn).add("assessments", Eligibility::assessments)
                .add("conditions", Eligibility::conditions).add("materials", Eligibility::materials)
                .add("procedure", Eligibility::procedure).add("processingTime", Eligibility::processingTime)
                .add("cashAccess", Eligibility::cashAccess).add("citations", Eligibility::citations)
                .add("inheritedFrom", Eligibility::inheritedFrom).add("asOf", Eligibility::asOf);
        type("Assessment", Assessment.class)
                .add("situation", Assessment::situation).add("verdict", Assessment::verdict)
                .add("reason", Assessment::reason).add("dependsOn", Assessment::dependsOn)
                .add("conditions", Assessment::conditions);
    }

    private PlainFields() {
    }

    /** The getter of a plain field, or null when the type has no such plain field. */
    public static Function<Object, Object> getter(String typeName, String fieldName) {
        Map<String, Function<Object, Object>> fields = GETTERS.get(typeName);
        return fields == null ? null : fields.get(fieldName);
    }

    /** Every type and plain field in the table, for the test that holds it to the schema. */
    public static Map<String, Set<String>> names() {
        Map<String, Set<String>> names = new HashMap<>();
        GETTERS.forEach((type, fields) -> names.put(type, Set.copyOf(fields.keySet())));
        return names;
    }

    private static <T> Fields<T> type(String name, Class<T> javaType) {
        Fields<T> fields = new Fields<>();
        GETTERS.put(name, fields.getters);
        return fields;
    }

    /** A fact type: the fields every fact has, then its own. */
    private static <T extends PolicyFact> Fields<T> fact(String name, Class<T> javaType) {
        return type(name, javaType)
                .add("id", PolicyFact::getId).add("factId", PolicyFact::getFactId).add("title", PolicyFact::getTitle)
                .add("description", PolicyFact::getDescription).add("appliesFrom", PolicyFact::getAppliesFrom)
                .add("appliesUntil", PolicyFact::getAppliesUntil).add("disputed", PolicyFact::isDisputed)
                .add("disputeNote", PolicyFact::getDisputeNote).add("caveat", PolicyFact::getCaveat)
                .add("citations", PolicyFact::getCitations).add("inheritedFrom", PolicyFact::getInheritedFrom)
                .add("region", PolicyFact::getRegion);
    }

    private static final class Fields<T> {

        private final Map<String, Function<Object, Object>> getters = new HashMap<>();

        @SuppressWarnings("unchecked")
        Fields<T> add(String field, Function<? super T, ?> getter) {
            getters.put(field, source -> getter.apply((T) source));
            return this;
        }
    }
}
