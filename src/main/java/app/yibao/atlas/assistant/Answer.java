package app.yibao.atlas.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.Contact;
import app.yibao.atlas.facts.Notice;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.QueryChannel;
import app.yibao.atlas.facts.UsageScenario;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.facts.WithdrawalProcedure;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.search.SearchHit;

@Description("The policy slices that answer a question, narrowed to what it asks, with the best search hits. Slices "
        + "the topic does not call for are empty.")
public record Answer(
        @NonNull String question,
        @NonNull @Description("The day whose rules answer: today in China, or the last day of an earlier year the "
                + "question names (2024年…, in 2023).") LocalDate asOf,
        @Description("The region the question names (a county answers with its own facts, else its prefecture's, "
                + "province's or the nation's); the nation when it names none.") Region region,
        @NonNull @Description("Other places the question names that it is not about (a relative's city, the place "
                + "compared with).") List<@NonNull Region> otherRegions,
        @NonNull Topic topic,
        @NonNull @Description("Finer things the question asks about, e.g. DEATH, EMIGRATION, FAMILY, PHARMACY, TIER.")
        List<@NonNull String> intents,
        @NonNull List<@NonNull WithdrawalCondition> withdrawalConditions,
        WithdrawalProcedure withdrawalProcedure,
        @NonNull List<@NonNull UsageScenario> usageScenarios,
        @NonNull List<@NonNull QueryChannel> queryChannels,
        @NonNull List<@NonNull Contact> contacts,
        @NonNull List<@NonNull AccountFact> accountFacts,
        @NonNull @Description("Warnings and advice, when the question asks what to watch out for, or about agents, "
                + "fraud or the pension account: the region's own notices, then those of its ancestors (marked "
                + "inheritedFrom).") List<@NonNull Notice> notices,
        @NonNull List<@NonNull SearchHit> hits,
        @Description("0 to 1: how sure the reading of the question is (topic words found, region named, facts found).")
        double confidence,
        @NonNull @Description("The caveat to show with the answer, in the question's language.") String disclaimer) {

    /** Every fact of the answer's slices, slice by slice. */
    @Ignore
    public List<PolicyFact> allFacts() {
        return factsOf(withdrawalConditions, withdrawalProcedure, usageScenarios, queryChannels, contacts,
                accountFacts, notices);
    }

    /** Whether the question names a withdrawal condition (a death, emigrating…), which its slice is narrowed to. */
    @Ignore
    public boolean namesAWithdrawalCondition() {
        return intents.stream().anyMatch(TopicRules.WITHDRAWAL_KINDS::containsKey);
    }

    static List<PolicyFact> factsOf(List<WithdrawalCondition> withdrawalConditions,
            WithdrawalProcedure withdrawalProcedure, List<UsageScenario> usageScenarios,
            List<QueryChannel> queryChannels, List<Contact> contacts, List<AccountFact> accountFacts,
            List<Notice> notices) {
        List<PolicyFact> facts = new ArrayList<>(withdrawalConditions);
        if (withdrawalProcedure != null) {
            facts.add(withdrawalProcedure);
        }
        facts.addAll(usageScenarios);
        facts.addAll(queryChannels);
        facts.addAll(contacts);
        facts.addAll(accountFacts);
        facts.addAll(notices);
        return facts;
    }
}
