package app.yibao.atlas.mcp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.yibao.atlas.api.AmbiguousRegionException;
import app.yibao.atlas.api.ApiException;
import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.api.PolicyClock;
import app.yibao.atlas.api.RegionNotFoundException;
import app.yibao.atlas.assistant.Answer;
import app.yibao.atlas.assistant.Assistant;
import app.yibao.atlas.assistant.Topic;
import app.yibao.atlas.eligibility.Assessment;
import app.yibao.atlas.eligibility.Eligibility;
import app.yibao.atlas.eligibility.EligibilityRules;
import app.yibao.atlas.eligibility.SituationInput;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionCodes;
import app.yibao.atlas.search.FactSearch;
import app.yibao.atlas.search.QueryTerms;
import app.yibao.atlas.search.SearchQueries;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import jakarta.inject.Inject;

/**
 * The knowledge as MCP tools for LLM agents (Streamable HTTP at /mcp). Each returns compact JSON with the
 * citations an agent must quote; a bad argument is a tool error whose text starts with the API's error code.
 */
public class AtlasTools {

    @Inject
    KnowledgeStore store;

    @Inject
    Assistant assistant;

    @Inject
    FactSearch search;

    @Inject
    EligibilityRules eligibility;

    @Tool(name = "ask", description = "Answer a person's question about the personal account (个人账户) of China's "
            + "employee medical insurance (医保), in Chinese or English: finds the place, topic and intents in it and "
            + "returns the cited facts that answer it, best match first, within a byte budget (the rest by id and title "
            + "in moreFacts, with their summary while room is left: region_policy or search give them), the best "
            + "other search hits, a confidence and a disclaimer to show.")
    public String ask(@ToolArg(description = "The question as the person asked it, e.g. 深圳出国定居医保余额能取出来吗") String question,
            @ToolArg(description = "At most this many facts in full (1-20, default 5)", required = false) Integer maxFacts,
            @ToolArg(description = "Aim to keep the answer under this many bytes of JSON (1000-100000, default 4000); "
                    + "the best fact is always given in full", required = false) Integer maxBytes) {
        return call(() -> {
            SearchQueries.requireText("question", question);
            int factLimit = within("maxFacts", maxFacts, 1, 20, CompactAnswer.DEFAULT_MAX_FACTS);
            int byteLimit = within("maxBytes", maxBytes, 1000, 100_000, CompactAnswer.DEFAULT_MAX_BYTES);
            Answer answer = assistant.ask(question.strip());
            QueryTerms query = QueryTerms.of(question); // for ranking the answer's facts and choosing their quotes
            return CompactAnswer.of(answer, store.current(), query, search.scoresOf(query, answer.allFacts()),
                    factLimit, byteLimit);
        });
    }

    private static int within(String name, Integer value, int min, int max, int otherwise)
            throws InvalidArgumentException {
        if (value == null) {
            return otherwise;
        }
        if (value < min || value > max) {
            throw new InvalidArgumentException(name, value, "Use a number from " + min + " to " + max + ".");
        }
        return value;
    }

    @Tool(name = "search", description = "Full-text search over every cited fact (Chinese or English keywords), "
            + "best first; optionally only what answers for one region (its own facts or the ones it inherits) and "
            + "only some fact kinds.")
    public String search(@ToolArg(description = "Words to look for, e.g. 药店 门槛 or family mutual aid") String text,
            @ToolArg(description = "Region name or GB/T 2260 code, e.g. 深圳 or 440300", required = false) String region,
            @ToolArg(description = "Only these fact kinds", required = false) List<FactKind> kinds,
            @ToolArg(description = "How many hits, 1 to 50", defaultValue = "5") int first) {
        return call(() -> {
            SearchQueries.requireText("text", text);
            if (first < 1 || first > 50) {
                throw new InvalidArgumentException("first", first, "Ask for 1 to 50 hits.");
            }
            Region where = region == null || region.isBlank() ? null : region(region);
            Set<FactKind> wanted = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
            ObjectNode json = CompactJson.object();
            json.set("hits", CompactJson.hits(search.search(QueryTerms.of(text), where, wanted, first, PolicyClock.today())));
            return json;
        });
    }

    @Tool(name = "region_policy", description = "One region's cited policy facts on a topic (all topics if none): "
            + "WITHDRAWAL (conditions, materials, channels, processing time), USAGE (what the balance pays for), "
            + "BALANCE_QUERY (how to check it), CONTACT (hotlines, offices), GENERAL (how the account works, notices). "
            + "Facts the region inherits from its province or the nation say so in inheritedFrom.")
    public String regionPolicy(@ToolArg(description = "Region name or GB/T 2260 code, e.g. 深圳, Shenzhen or 440300") String region,
            @ToolArg(description = "The topic; all topics when left out", required = false) Topic topic,
            @ToolArg(description = "Day the facts must apply on, YYYY-MM-DD; today in China when left out", required = false) String asOf) {
        return call(() -> {
            Region place = region(region);
            LocalDate day = PolicyClock.asOf(asOf);
            KnowledgeSnapshot snapshot = store.current();
            Set<FactKind> kinds = topic == null ? EnumSet.allOf(FactKind.class) : topic.factKinds();
            List<PolicyFact> facts = new ArrayList<>();
            for (FactKind kind : kinds) {
                facts.addAll(snapshot.factsFor(place, kind, PolicyFact.class, fact -> fact.header().appliesOn(day)));
            }
            ObjectNode json = CompactJson.object();
            json.set("region", CompactJson.region(place));
            json.put("topic", topic == null ? "ALL" : topic.name()).put("asOf", day.toString());
            json.set("facts", CompactJson.facts(snapshot, facts));
            return json;
        });
    }

    @Tool(name = "withdrawal_eligibility", description = "Whether the personal-account balance may be withdrawn in a "
            + "region in a person's situation: ELIGIBLE, NOT_ELIGIBLE or DEPENDS (with what it depends on), with the "
            + "matching conditions, materials, procedure and citations. Set only the situation flags you know.")
    public String withdrawalEligibility(
            @ToolArg(description = "Region name or GB/T 2260 code, e.g. 深圳 or 440300") String region,
            @ToolArg(description = "Emigrating or settled abroad", required = false) Boolean emigrating,
            @ToolArg(description = "Has lost Chinese nationality", required = false) Boolean lostNationality,
            @ToolArg(description = "The insured person has died", required = false) Boolean deceased,
            @ToolArg(description = "With deceased: the asker is the heir or a family member", required = false) Boolean askerIsHeir,
            @ToolArg(description = "Retired with the pension paid in another region", required = false) Boolean retiredWithPensionElsewhere,
            @ToolArg(description = "Changed job to another pooling region", required = false) Boolean changedJobAcrossRegions,
            @ToolArg(description = "With changedJobAcrossRegions: the new region accepts the balance", required = false) Boolean newRegionAcceptsBalance,
            @ToolArg(description = "Registered for long-term medical care elsewhere", required = false) Boolean longTermResidenceElsewhere,
            @ToolArg(description = "A foreign national leaving China for good", required = false) Boolean foreignNationalLeaving,
            @ToolArg(description = "Serious illness with heavy own costs", required = false) Boolean seriousIllness,
            @ToolArg(description = "Gives up the employee insurance voluntarily", required = false) Boolean voluntaryOptOut,
            @ToolArg(description = "The family is in financial hardship", required = false) Boolean financialHardship,
            @ToolArg(description = "Day to judge on, YYYY-MM-DD; today in China when left out", required = false) String asOf) {
        return call(() -> {
            SituationInput situation = new SituationInput(emigrating, lostNationality, deceased, askerIsHeir,
                    retiredWithPensionElsewhere, changedJobAcrossRegions, newRegionAcceptsBalance,
                    longTermResidenceElsewhere, foreignNationalLeaving, seriousIllness, voluntaryOptOut,
                    financialHardship);
            Eligibility result = eligibility.assess(region(region), situation, PolicyClock.asOf(asOf));
            return eligibilityJson(result);
        });
    }

    private ObjectNode eligibilityJson(Eligibility result) {
        KnowledgeSnapshot snapshot = store.current();
        ObjectNode json = CompactJson.object();
        json.set("region", CompactJson.region(result.region()));
        json.put("verdict", result.verdict().name());
        json.set("dependsOn", CompactJson.strings(result.dependsOn()));
        ArrayNode assessments = json.putArray("assessments");
        for (Assessment assessment : result.assessments()) {
            ObjectNode item = assessments.addObject().put("situation", assessment.situation().name())
                    .put("verdict", assessment.verdict().name()).put("reason", assessment.reason());
            CompactJson.putIfPresent(item, "dependsOn", assessment.dependsOn());
            item.set("conditionIds", CompactJson.strings(assessment.conditions().stream().map(WithdrawalCondition::getId).toList()));
        }
        json.set("conditions", CompactJson.facts(snapshot, result.conditions()));
        json.set("materials", CompactJson.strings(result.materials()));
        if (result.procedure() != null) {
            json.set("procedure", CompactJson.fact(snapshot, result.procedure()));
        }
        CompactJson.putIfPresent(json, "processingTime", result.processingTime());
        json.set("cashAccess", CompactJson.facts(snapshot, result.cashAccess()));
        json.set("inheritedFrom", CompactJson.strings(result.inheritedFrom().stream().map(Region::name).toList()));
        return json.put("asOf", result.asOf().toString());
    }

    private Region region(String value) throws InvalidArgumentException, RegionNotFoundException,
            AmbiguousRegionException {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException("region", value, "Give a region name or code, e.g. 深圳 or 440300.");
        }
        return RegionCodes.byNameOrCode(store.current(), "region", value);
    }

    /** Runs a tool body; an error the client can act on becomes a tool error naming the API's error code. */
    private static String call(ToolBody body) {
        try {
            return body.run().toString();
        } catch (ApiException e) {
            throw new ToolCallException(codeOf(e) + ": " + e.getMessage());
        }
    }

    private static String codeOf(ApiException e) {
        if (e instanceof RegionNotFoundException) {
            return "REGION_NOT_FOUND";
        }
        return e instanceof AmbiguousRegionException ? "AMBIGUOUS_REGION" : "INVALID_ARGUMENT";
    }

    @FunctionalInterface
    private interface ToolBody {
        ObjectNode run() throws ApiException;
    }
}
