package app.yibao.atlas.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.UsageScenario;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;

/**
 * Every region's account facts by topic, uses by category and withdrawal conditions by kind: where neither the place
 * asked about nor the regions above it have a rule on something, the regions that have one stand in. Built once per
 * snapshot, so that a question does not look through every fact of the knowledge.
 */
final class RulesByKey {

    private final Map<Object, List<PolicyFact>> byKey = new HashMap<>();

    RulesByKey(KnowledgeSnapshot snapshot) {
        for (PolicyFact fact : snapshot.allFacts()) {
            Object key = fact instanceof AccountFact account ? account.getTopic()
                    : fact instanceof UsageScenario use ? use.getCategory()
                    : fact instanceof WithdrawalCondition condition ? condition.getKind() : null;
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
            }
        }
    }

    /** The facts with this key: an {@code AccountTopic}, a {@code UsageCategory} or a {@code WithdrawalKind}. */
    List<PolicyFact> of(Object key) {
        return byKey.getOrDefault(key, List.of());
    }
}
