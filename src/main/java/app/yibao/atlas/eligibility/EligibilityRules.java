package app.yibao.atlas.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.AccountTopic;
import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.facts.WithdrawalKind;
import app.yibao.atlas.facts.WithdrawalProcedure;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides whether a situation allows a withdrawal in a region, from the region's withdrawal conditions (or the
 * inherited ones). The rules add nothing to the knowledge: a situation no source lists is DEPENDS (unknown),
 * never NOT_ELIGIBLE; a condition that is disputed or carries a caveat is DEPENDS on what the caveat says. Only
 * two situations have a qualifier the sources make decisive: a death (the heir applies) and a job in another
 * region (the balance moves if the new region accepts it).
 */
@ApplicationScoped
public class EligibilityRules {

    @Inject
    KnowledgeStore store;

    public Eligibility assess(Region region, SituationInput situation, LocalDate day) throws InvalidArgumentException {
        KnowledgeSnapshot snapshot = store.current();
        Map<WithdrawalKind, Boolean> given = situations(situation);
        if (given.isEmpty()) {
            throw new InvalidArgumentException("situation", "{}", "Say what is true of the person: set at least one "
                    + "situation, e.g. {emigrating: true} or {deceased: true, askerIsHeir: true}.");
        }
        List<Assessment> assessments = new ArrayList<>();
        given.forEach((kind, applies) -> {
            if (applies) {
                assessments.add(assess(snapshot, region, kind, situation, day));
            }
        });
        Verdict verdict = overall(assessments);
        List<WithdrawalCondition> conditions = new ArrayList<>();
        assessments.forEach(assessment -> conditions.addAll(assessment.conditions()));
        WithdrawalProcedure procedure = verdict == Verdict.NOT_ELIGIBLE ? null
                : first(snapshot.factsFor(region, FactKind.WITHDRAWAL_PROCEDURE, WithdrawalProcedure.class,
                        fact -> fact.header().appliesOn(day)));
        List<AccountFact> cashAccess = snapshot.factsFor(region, FactKind.ACCOUNT_FACT, AccountFact.class,
                fact -> fact.getTopic() == AccountTopic.CASH_ACCESS && fact.header().appliesOn(day));

        Set<String> materials = new LinkedHashSet<>();
        assessments.stream().filter(assessment -> assessment.verdict() != Verdict.NOT_ELIGIBLE)
                .forEach(assessment -> assessment.conditions().forEach(condition -> materials.addAll(condition.getMaterials())));
        List<PolicyFact> used = new ArrayList<>(conditions);
        if (procedure != null) {
            materials.addAll(procedure.getMaterials());
            used.add(procedure);
        }
        used.addAll(cashAccess);
        return new Eligibility(region, verdict,
                assessments.stream().map(Assessment::dependsOn).filter(reason -> reason != null).distinct().toList(),
                assessments, conditions, List.copyOf(materials), procedure,
                procedure == null ? null : procedure.getProcessingTime(), cashAccess, citations(used),
                inheritedFrom(used), day);
    }

    private static Assessment assess(KnowledgeSnapshot snapshot, Region region, WithdrawalKind kind,
            SituationInput situation, LocalDate day) {
        List<WithdrawalCondition> conditions = snapshot.factsFor(region, FactKind.WITHDRAWAL_CONDITION,
                WithdrawalCondition.class, condition -> condition.getKind() == kind && condition.header().appliesOn(day));
        if (conditions.isEmpty()) {
            return new Assessment(kind, Verdict.DEPENDS, "收录的资料中没有" + region.name() + "（或其上级地区）把这种情形列为提取条件。",
                    "当地是否允许这种情形提取：资料未涉及，请向当地医保经办机构确认。", conditions);
        }
        String rule = "「" + conditions.get(0).getTitle() + "」" + inherited(conditions.get(0));
        if (kind == WithdrawalKind.DEATH && !Boolean.TRUE.equals(situation.askerIsHeir())) {
            return Boolean.FALSE.equals(situation.askerIsHeir())
                    ? new Assessment(kind, Verdict.NOT_ELIGIBLE, rule + "：余额由继承人或家属申请支取。", null, conditions)
                    : new Assessment(kind, Verdict.DEPENDS, rule + "：余额由继承人或家属申请支取。", "申请人是否为继承人或家属。",
                            conditions);
        }
        if (kind == WithdrawalKind.CROSS_REGION_EMPLOYMENT && !Boolean.FALSE.equals(situation.newRegionAcceptsBalance())) {
            return Boolean.TRUE.equals(situation.newRegionAcceptsBalance())
                    ? new Assessment(kind, Verdict.NOT_ELIGIBLE, rule + "：新参保地接收的，余额随医保关系转移，不能支取。", null,
                            conditions)
                    : new Assessment(kind, Verdict.DEPENDS, rule + "：新参保地接收的，余额随医保关系转移；不接收的才可支取。",
                            "新参保地是否接收个人账户余额。", conditions);
        }
        for (WithdrawalCondition condition : conditions) {
            if (condition.isDisputed() || condition.getCaveat() != null) {
                String doubt = condition.isDisputed() ? condition.getDisputeNote() : condition.getCaveat();
                return new Assessment(kind, Verdict.DEPENDS, rule + "允许支取，但资料有保留。", "资料的可靠性：" + doubt,
                        conditions);
            }
        }
        return new Assessment(kind, Verdict.ELIGIBLE, rule + "允许支取。", null, conditions);
    }

    private static Verdict overall(List<Assessment> assessments) {
        if (assessments.stream().anyMatch(assessment -> assessment.verdict() == Verdict.ELIGIBLE)) {
            return Verdict.ELIGIBLE;
        }
        if (assessments.stream().anyMatch(assessment -> assessment.verdict() == Verdict.DEPENDS)) {
            return Verdict.DEPENDS;
        }
        // Nothing given allows it: the balance stays in the account (see cashAccess).
        return Verdict.NOT_ELIGIBLE;
    }

    /** The situations given as true or false; the two qualifiers are read by their situation. */
    private static Map<WithdrawalKind, Boolean> situations(SituationInput input) {
        Map<WithdrawalKind, Boolean> given = new EnumMap<>(WithdrawalKind.class);
        put(given, WithdrawalKind.EMIGRATION, input.emigrating());
        put(given, WithdrawalKind.LOSS_OF_NATIONALITY, input.lostNationality());
        put(given, WithdrawalKind.DEATH, input.deceased());
        put(given, WithdrawalKind.RETIREMENT_RELOCATION, input.retiredWithPensionElsewhere());
        put(given, WithdrawalKind.CROSS_REGION_EMPLOYMENT, input.changedJobAcrossRegions());
        put(given, WithdrawalKind.LONG_TERM_RESIDENCE_ELSEWHERE, input.longTermResidenceElsewhere());
        put(given, WithdrawalKind.FOREIGN_NATIONAL_DEPARTURE, input.foreignNationalLeaving());
        put(given, WithdrawalKind.SERIOUS_ILLNESS, input.seriousIllness());
        put(given, WithdrawalKind.VOLUNTARY_OPT_OUT, input.voluntaryOptOut());
        put(given, WithdrawalKind.FINANCIAL_HARDSHIP, input.financialHardship());
        return given;
    }

    private static void put(Map<WithdrawalKind, Boolean> given, WithdrawalKind kind, Boolean value) {
        if (value != null) {
            given.put(kind, value);
        }
    }

    private static String inherited(PolicyFact fact) {
        return fact.getInheritedFrom() == null ? "" : "（沿用" + fact.getInheritedFrom().name() + "的规定）";
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static List<Citation> citations(List<PolicyFact> facts) {
        Set<Citation> citations = new LinkedHashSet<>();
        facts.forEach(fact -> citations.addAll(fact.getCitations()));
        return List.copyOf(citations);
    }

    private static List<Region> inheritedFrom(List<PolicyFact> facts) {
        return facts.stream().map(PolicyFact::getInheritedFrom).filter(owner -> owner != null).distinct().toList();
    }
}
