package app.yibao.atlas.plan;

import java.util.Map;
import java.util.Set;

import app.yibao.atlas.assistant.AskQueries;
import app.yibao.atlas.eligibility.EligibilityQueries;
import app.yibao.atlas.eligibility.SituationInput;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.QueryChannelType;
import app.yibao.atlas.facts.RegionPolicy;
import app.yibao.atlas.facts.UsageCategory;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionLevel;
import app.yibao.atlas.regions.RegionQueries;
import app.yibao.atlas.search.SearchQueries;
import app.yibao.atlas.sources.SourceQueries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The resolver fields of the schema (@Query and @Source methods), by GraphQL type and field name: each calls the
 * same method the engine calls, with the same arguments. Together with {@link PlainFields} this covers every
 * field; a test holds both to the schema.
 */
@ApplicationScoped
class Resolvers {

    @Inject
    RegionQueries regions;

    @Inject
    RegionPolicy policy;

    @Inject
    SourceQueries sources;

    @Inject
    SearchQueries search;

    @Inject
    AskQueries ask;

    @Inject
    EligibilityQueries eligibility;

    private Map<String, FieldReader> readers;

    @PostConstruct
    void build() {
        readers = Map.ofEntries(
                Map.entry("Query.region", (source, args) -> regions.region(args.string("name"), args.string("code"))),
                Map.entry("Query.regions", (source, args) -> regions.regions(
                        args.enumValue("level", RegionLevel.class), args.string("parentCode"),
                        args.integer("first"), args.string("after"))),
                Map.entry("Query.sources", (source, args) -> sources.sources()),
                Map.entry("Query.search", (source, args) -> search.search(args.string("text"),
                        args.string("region"), args.enumList("kinds", FactKind.class), args.integer("first"),
                        args.string("asOf"))),
                Map.entry("Query.ask", (source, args) -> ask.ask(args.string("question"))),
                Map.entry("Query.withdrawalEligibility", (source, args) -> eligibility.withdrawalEligibility(
                        args.string("region"), args.object("situation", Resolvers::situation),
                        args.string("asOf"))),
                Map.entry("Region.parent", (source, args) -> regions.parent((Region) source)),
                Map.entry("Region.withdrawalConditions",
                        (source, args) -> policy.withdrawalConditions((Region) source, args.string("asOf"))),
                Map.entry("Region.withdrawalProcedure",
                        (source, args) -> policy.withdrawalProcedure((Region) source, args.string("asOf"))),
                Map.entry("Region.usageScenarios", (source, args) -> policy.usageScenarios((Region) source,
                        args.enumValue("category", UsageCategory.class), args.string("asOf"))),
                Map.entry("Region.queryChannels", (source, args) -> policy.queryChannels((Region) source,
                        args.enumValue("type", QueryChannelType.class))),
                Map.entry("Region.contacts",
                        (source, args) -> policy.contacts((Region) source, args.bool("includeSubregions"))),
                Map.entry("Region.notices", (source, args) -> policy.notices((Region) source)),
                Map.entry("Region.accountFacts",
                        (source, args) -> policy.accountFacts((Region) source, args.string("asOf"))));
    }

    /** The resolver of a field, or null when the field is a plain one (or unknown). */
    FieldReader reader(String typeName, String fieldName) {
        return readers.get(typeName + "." + fieldName);
    }

    /** Every resolver field, as Type.field. */
    Set<String> names() {
        return readers.keySet();
    }

    private static SituationInput situation(Map<String, Object> fields) {
        return new SituationInput(flag(fields, "emigrating"), flag(fields, "lostNationality"),
                flag(fields, "deceased"), flag(fields, "askerIsHeir"), flag(fields, "retiredWithPensionElsewhere"),
                flag(fields, "changedJobAcrossRegions"), flag(fields, "newRegionAcceptsBalance"),
                flag(fields, "longTermResidenceElsewhere"), flag(fields, "foreignNationalLeaving"),
                flag(fields, "seriousIllness"), flag(fields, "voluntaryOptOut"), flag(fields, "financialHardship"));
    }

    private static Boolean flag(Map<String, Object> fields, String name) {
        return (Boolean) fields.get(name);
    }
}
