package app.yibao.atlas.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import app.yibao.atlas.api.PolicyClock;
import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.AccountTopic;
import app.yibao.atlas.facts.Contact;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.Notice;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.QueryChannel;
import app.yibao.atlas.facts.QueryChannelType;
import app.yibao.atlas.facts.UsageCategory;
import app.yibao.atlas.facts.UsageScenario;
import app.yibao.atlas.facts.WithdrawalCondition;
import app.yibao.atlas.facts.WithdrawalKind;
import app.yibao.atlas.facts.WithdrawalProcedure;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.knowledge.KnowledgeStore;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.search.FactSearch;
import app.yibao.atlas.search.Lexicon;
import app.yibao.atlas.search.QueryTerms;
import app.yibao.atlas.search.SearchHit;
import app.yibao.atlas.search.Tokenizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Answers a question in Chinese or English with the policy slices it calls for: reads the place, the topic and
 * the intents from the question, fills only the slices of that topic, narrowed by the intents, and adds the best
 * search hits. Deterministic: the topic is the vote of a model learnt from example questions ({@link TopicExamples}),
 * tipped where it is torn by the lexicon's words and how well the facts of each kind match, so every answer can be
 * traced to what chose it.
 */
@ApplicationScoped
public class Assistant {

    static final int HITS = 5;

    @Inject
    KnowledgeStore store;

    @Inject
    FactSearch search;

    private static final Logger LOG = Logger.getLogger(Assistant.class);

    /**
     * Reads the example questions' vote in the background at start, as the search index is built, so that the first
     * question does not wait for it (learnt at build time; learnt here, in seconds, only if the build did not).
     */
    void readExamplesAtStart(@Observes StartupEvent event) {
        Thread reader = new Thread(() -> {
            long start = System.nanoTime();
            TopicExamples.bundled();
            LOG.infof("Topic vote of %d example sets ready in %d ms", TopicExamples.SETS.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }, "topic-examples");
        reader.setDaemon(true);
        reader.start();
    }

    public Answer ask(String question) {
        return ask(question, TopicExamples.bundled());
    }

    /** The answer with the given examples' vote: cross-validation leaves out the sets it asks from. */
    Answer ask(String question, TopicExamples examples) {
        KnowledgeSnapshot snapshot = store.current();
        String typed = Lexicon.correct(Tokenizer.normalize(question));
        PlacesWithOwnRules withRules = snapshot.derived(PlacesWithOwnRules.class, PlacesWithOwnRules::new);
        List<RegionSpotter.Mention> mentions = snapshot.derived(RegionSpotter.class,
                built -> new RegionSpotter(built, withRules)).spot(typed);
        SubjectPlace.Reading places = SubjectPlace.read(snapshot, typed, mentions);
        // the places read as typed, the rest with the domain's words read through their slips
        String text = MistypedWords.corrected(typed, mentions);
        LocalDate asOf = QuestionDate.of(text, PolicyClock.today());
        Set<Lexicon.Concept> concepts = Lexicon.conceptsIn(text);
        List<String> intents = concepts.stream().map(Lexicon.Concept::name)
                .filter(name -> !TopicRules.TOPIC_WORDS.contains(name)).toList();
        intents = TopicRules.withJobElsewhere(intents, text, !places.others().isEmpty());
        intents = TopicRules.withCardElsewhere(intents, !places.others().isEmpty());
        intents = TopicRules.withoutSetAside(intents, text);

        // with no place named, an office's number quoted (0997-2201198是哪个单位的) names the office's place
        List<Region> named = places.subject().isEmpty()
                ? snapshot.derived(NumberQuoted.class, NumberQuoted::new).in(typed).map(List::of).orElse(List.of())
                : places.subject();
        Region region = named.isEmpty() ? snapshot.regions().get(0) : named.get(0);
        QueryTerms query = QueryTerms.of(text, concepts);
        Map<Topic, Double> weights = TopicRules.weigh(concepts);
        Map<Topic, Double> said = TopicRules.withFocus(TopicRules.withRelationAsked(weights, text), text);
        Topic topic = TopicRules.topicOf(TopicRules.withExamples(TopicRules.withRetrieval(said,
                search.bestScoreByKind(query, named.isEmpty() ? null : region, asOf)), examples.vote(text, concepts)));
        List<String> conceptNames = concepts.stream().map(Lexicon.Concept::name).toList();
        Slices asked = Slices.filled(new Slices(snapshot, region, asOf), topic, intents, conceptNames);
        // Asked when the office opens or where it is, of a place none of whose own offices has that in the sources:
        // the one sub-region whose office has it is the place asked about (阿克苏医保局几点上班, 阿克苏医保局地址在哪:
        // 阿克苏市's bureau).
        Region withDetail = topic == Topic.CONTACT ? asked.soleSubregionWithDetailAsked(conceptNames) : null;
        List<Region> others = places.others();
        if (withDetail != null) {
            others = new ArrayList<>(List.of(region));
            others.addAll(places.others());
            region = withDetail;
        }
        Slices slices = withDetail == null ? asked
                : Slices.filled(new Slices(snapshot, region, asOf), topic, intents, conceptNames);
        slices.pastRulesQuoted(QuotedFigures.in(text));
        if (TopicRules.asksAboutTreatmentElsewhere(topic, intents, !places.others().isEmpty())) {
            slices.treatmentElsewhere();
        }
        slices.accountRulesAsked(intents);
        if (intents.stream().anyMatch(TopicRules.NOTICE_INTENTS::contains)) {
            slices.notices();
            // The notice that matches the question best, wherever it is: one place's warning (what becomes of the
            // account once drawn) is often the only one the sources give.
            search.search(query, null, EnumSet.of(FactKind.NOTICE), 1, asOf)
                    .forEach(hit -> slices.noticeFromElsewhere(hit.factId(), hit.region()));
        }
        // Hits stay on the topic once the question has shown one; accounts' notices fit every topic.
        Set<FactKind> hitKinds = EnumSet.noneOf(FactKind.class);
        if (!weights.isEmpty()) {
            hitKinds.addAll(topic.factKinds());
            hitKinds.add(FactKind.NOTICE);
        }
        // A question that names no place may be answered by any region's fact (labelled with its region), and so
        // may one whose answer is the nation's rules alone, about a place with no facts of its own (苏州): another
        // place's fact on the very thing asked is a better lead than one more national rule. Any other place's
        // question is answered by the facts that answer for it or that its sub-regions hold.
        List<PolicyFact> facts = slices.all();
        Region nation = snapshot.regions().get(0);
        boolean nationsRulesOnly = !named.isEmpty()
                && facts.stream().allMatch(fact -> nation.equals(fact.getInheritedFrom()))
                && !withRules.hasOwnOrBelow(region);
        List<SearchHit> hits = named.isEmpty() || nationsRulesOnly ? search.search(query, null, hitKinds, HITS, asOf)
                : search.searchWithSubregions(query, region, hitKinds, HITS, asOf);

        boolean chinese = question.chars().anyMatch(c -> Tokenizer.isHan((char) c));
        String disclaimer = Disclaimer.of(chinese, named.isEmpty() ? null : region, Slices.owners(facts), named,
                facts.stream().anyMatch(PolicyFact::isDisputed), slices.pastRules, slices.elsewhere,
                nationsRulesOnly ? hitsFrom(hits, nation) : List.of());
        return new Answer(question, asOf, region, others, topic, intents, slices.withdrawalConditions, slices.withdrawalProcedure,
                slices.usageScenarios, slices.queryChannels, slices.contacts, slices.accountFacts, slices.notices, hits,
                confidence(weights.getOrDefault(topic, 0.0), !named.isEmpty(), !facts.isEmpty()), disclaimer);
    }

    /** The regions of the hits other than the nation's, in order. */
    private static Set<Region> hitsFrom(List<SearchHit> hits, Region nation) {
        Set<Region> regions = new LinkedHashSet<>();
        hits.stream().map(SearchHit::region).filter(hitRegion -> !hitRegion.equals(nation)).forEach(regions::add);
        return regions;
    }

    /** Up to 0.5 for topic words, 0.25 when facts answer, 0.2 when a place is named (0.05 if none is). */
    static double confidence(double topicWeight, boolean placeNamed, boolean factsFound) {
        double value = Math.min(topicWeight, 2.0) / 4 + (factsFound ? 0.25 : 0) + (placeNamed ? 0.2 : 0.05);
        return Math.round(Math.min(1, value) * 100) / 100.0;
    }

    /** The slices of one answer, filled per topic; a narrowing that finds nothing falls back to the whole slice. */
    private static final class Slices {
        final KnowledgeSnapshot snapshot;
        final Region region;
        final LocalDate asOf;
        final Predicate<PolicyFact> current;
        /** Whether a slice holds rules that had ended by the day asked about (none applied on it). */
        boolean pastRules;
        /** The regions whose own rules stand in where the place asked about (or the nation) has none on it. */
        final Set<Region> elsewhere = new LinkedHashSet<>();
        List<WithdrawalCondition> withdrawalConditions = List.of();
        WithdrawalProcedure withdrawalProcedure;
        List<UsageScenario> usageScenarios = List.of();
        List<QueryChannel> queryChannels = List.of();
        List<Contact> contacts = List.of();
        List<AccountFact> accountFacts = List.of();
        List<Notice> notices = List.of();

        Slices(KnowledgeSnapshot snapshot, Region region, LocalDate asOf) {
            this.snapshot = snapshot;
            this.region = region;
            this.asOf = asOf;
            this.current = fact -> fact.header().appliesOn(asOf);
        }

        void withdrawal(List<String> intents) {
            Set<?> kinds = TopicRules.narrowing(intents, TopicRules.WITHDRAWAL_KINDS);
            withdrawalConditions = narrowed(FactKind.WITHDRAWAL_CONDITION, WithdrawalCondition.class, kinds,
                    WithdrawalCondition::getKind);
            withdrawalProcedure = procedure();
            // Every withdrawal question needs to hear that cash is not freely available, outside the conditions.
            List<AccountFact> rules = new ArrayList<>(facts(FactKind.ACCOUNT_FACT, AccountFact.class,
                    fact -> fact.getTopic() == AccountTopic.CASH_ACCESS));
            // What it costs: the fees that answer, as a general question about fees gets them (南京's where neither
            // the place nor the nation has any).
            if (intents.contains("FEE")) {
                rules.addAll(answering(FactKind.ACCOUNT_FACT, AccountFact.class, Set.of(AccountTopic.FEE),
                        AccountFact::getTopic));
            }
            accountFacts = List.copyOf(rules);
        }

        void usage(List<String> intents) {
            Set<UsageCategory> uses = TopicRules.usesAsked(intents);
            usageScenarios = narrowed(FactKind.USAGE_SCENARIO, UsageScenario.class, uses,
                    UsageScenario::getCategory);
            // Treatment away from the place insured is given when asked about, not with every use of the balance.
            if (!uses.contains(UsageCategory.TREATMENT_ELSEWHERE)) {
                usageScenarios = usageScenarios.stream()
                        .filter(use -> use.getCategory() != UsageCategory.TREATMENT_ELSEWHERE).toList();
            }
            if (intents.contains("THRESHOLD") && !uses.isEmpty()) {
                usageScenarios = withPastThresholds(usageScenarios, uses);
            }
            // The account's rules a use depends on: the balance it requires, that the balance is for medical uses
            // only, and the wallet through which relatives insured elsewhere are paid for, where the place has one
            // (it is also how a balance is spent in another province).
            List<AccountTopic> rules = new ArrayList<>();
            if (intents.contains("THRESHOLD")) {
                rules.add(AccountTopic.USAGE_THRESHOLD);
            }
            if (intents.contains("NON_MEDICAL")) {
                rules.add(AccountTopic.CASH_ACCESS);
            }
            if (intents.contains("FAMILY") || intents.contains("PREMIUM") || intents.contains("ELSEWHERE_USE")) {
                rules.addAll(TopicRules.WALLET_TOPICS);
            }
            List<AccountFact> found = new ArrayList<>(rules.stream().flatMap(rule -> facts(FactKind.ACCOUNT_FACT,
                    AccountFact.class, fact -> fact.getTopic() == rule).stream()).toList());
            // A relative's premium, or a relative's bills in another place, is paid through the wallet's transfer (as
            // is anything the wallet is named for): where neither the place nor the regions above it have a rule on
            // it, the regions that have one answer.
            if ((intents.contains("PREMIUM") || intents.contains("ELSEWHERE_USE") || intents.contains("WALLET"))
                    && found.stream().noneMatch(fact -> fact.getTopic() == AccountTopic.WALLET_TRANSFER)) {
                found.addAll(answering(FactKind.ACCOUNT_FACT, AccountFact.class, Set.of(AccountTopic.WALLET_TRANSFER),
                        AccountFact::getTopic));
            }
            accountFacts = List.copyOf(found);
        }

        void balanceQuery(List<String> intents) {
            // Without a smartphone (不会用手机), the channels a person can use offline, whatever else is named.
            Set<QueryChannelType> types = intents.contains("NO_SMARTPHONE") ? EnumSet.of(QueryChannelType.PHONE,
                    QueryChannelType.SERVICE_WINDOW, QueryChannelType.SELF_SERVICE_TERMINAL,
                    QueryChannelType.DESIGNATED_PROVIDER) : TopicRules.narrowing(intents, TopicRules.QUERY_CHANNELS);
            // A website named beside (网页查询 不装APP) is reached without a smartphone too.
            if (intents.contains("NO_SMARTPHONE") && intents.contains("WEBSITE")) {
                types.add(QueryChannelType.WEBSITE);
            }
            // 小程序 is among the WeChat words, and a province's own mini program is what it may mean.
            if (types.contains(QueryChannelType.WECHAT)) {
                types.add(QueryChannelType.MINI_PROGRAM);
            }
            // Online (网上查, 线上的办法) is every channel reached from home, the apps as much as the website (官网).
            if (intents.contains("ONLINE")) {
                types.addAll(EnumSet.of(QueryChannelType.MOBILE_APP, QueryChannelType.MINI_PROGRAM,
                        QueryChannelType.WECHAT, QueryChannelType.ALIPAY));
            }
            queryChannels = narrowed(FactKind.QUERY_CHANNEL, QueryChannel.class, types, QueryChannel::getType);
            // Which app, or what the place's platform is called: a province's own is named after its brand (桂医保),
            // where the place has one.
            List<AccountTopic> rules = new ArrayList<>();
            if (types.contains(QueryChannelType.MOBILE_APP) || types.contains(QueryChannelType.MINI_PROGRAM)
                    || intents.contains("BRAND")) {
                rules.add(AccountTopic.BRAND_NAME);
            }
            // A tier named (查余额一直显示0，我是二档): whether that tier has an account at all is the answer.
            if (intents.contains("TIER")) {
                rules.add(AccountTopic.TIER);
            }
            if (!rules.isEmpty()) {
                accountFacts = facts(FactKind.ACCOUNT_FACT, AccountFact.class, fact -> rules.contains(fact.getTopic()));
            }
        }

        void contact(List<String> concepts) {
            List<Contact> all = new ArrayList<>(facts(FactKind.CONTACT, Contact.class, fact -> true));
            // A place's sub-regions' offices answer for it (阿克苏: its cities' and counties' centres); with no place
            // named, one county's list is not the answer, only a lead among the hits.
            if (snapshot.parentOf(region).isPresent()) {
                all.addAll(subregionsOwn(region, FactKind.CONTACT, Contact.class));
            }
            // Asked when an office opens or where it is: those whose hours or address the sources give come first.
            Comparator<Contact> firstWithDetail = null;
            for (Function<Contact, String> detail : detailsAsked(concepts)) {
                Comparator<Contact> withIt = Comparator.comparing((Contact contact) -> detail.apply(contact) == null);
                firstWithDetail = firstWithDetail == null ? withIt : firstWithDetail.thenComparing(withIt);
            }
            if (firstWithDetail != null) {
                all.sort(firstWithDetail);
            }
            contacts = List.copyOf(all);
            // The channels where a person answers: the hotline, and the office to go to in person.
            queryChannels = facts(FactKind.QUERY_CHANNEL, QueryChannel.class,
                    channel -> channel.getType() == QueryChannelType.PHONE
                            || channel.getType() == QueryChannelType.SERVICE_WINDOW);
            // Where to apply for a withdrawal (提取去哪个窗口办): the procedure names the office and the window. Not
            // whom to consult, nor a number, which the notices and the contacts give.
            if (concepts.contains("WITHDRAW") && (concepts.contains("WHERE_TO_APPLY") || concepts.contains("WINDOW"))
                    && !concepts.contains("NUMBER_ASKED") && !concepts.contains("PHONE")) {
                withdrawalProcedure = procedure();
            }
        }

        /** The slices filled for the topic. */
        static Slices filled(Slices slices, Topic topic, List<String> intents, List<String> concepts) {
            switch (topic) {
                case WITHDRAWAL -> slices.withdrawal(intents);
                case USAGE -> slices.usage(intents);
                case BALANCE_QUERY -> slices.balanceQuery(intents);
                case CONTACT -> slices.contact(concepts);
                case GENERAL -> slices.general(intents);
            }
            return slices;
        }

        /** What is asked of an office beyond its number: its hours (几点上班), its address (地址在哪), or both. */
        private static List<Function<Contact, String>> detailsAsked(List<String> concepts) {
            List<Function<Contact, String>> details = new ArrayList<>(2);
            if (concepts.contains("HOURS")) {
                details.add(Contact::getOpeningHours);
            }
            if (concepts.contains("ADDRESS")) {
                details.add(Contact::getAddress);
            }
            return details;
        }

        /**
         * The one sub-region whose own office has the hours or address asked for, when no office of the place's own
         * (or inherited) has them; else none.
         */
        Region soleSubregionWithDetailAsked(List<String> concepts) {
            for (Function<Contact, String> detail : detailsAsked(concepts)) {
                Region holder = soleSubregionWith(detail);
                if (holder != null) {
                    return holder;
                }
            }
            return null;
        }

        private Region soleSubregionWith(Function<Contact, String> detail) {
            Set<Region> holders = new LinkedHashSet<>();
            for (Contact contact : contacts) {
                if (detail.apply(contact) == null) {
                    continue;
                }
                if (contact.getInheritedFrom() != null || contact.getRegion().equals(region)) {
                    return null;
                }
                holders.add(contact.getRegion());
            }
            return holders.size() == 1 ? holders.iterator().next() : null;
        }

        /**
         * Asked about treatment away from the place insured (异地就医, 跨省备案): the rules on it that answer for the
         * place, then those other regions have (a province's filing rule), labelled and said to be theirs: the sources
         * hold few, and another region's rule on the very thing asked is a better lead than none.
         */
        void treatmentElsewhere() {
            usageScenarios = withAdded(usageScenarios, facts(FactKind.USAGE_SCENARIO, UsageScenario.class,
                    use -> use.getCategory() == UsageCategory.TREATMENT_ELSEWHERE));
            // every rule of the category answers for the place (they add up), so those not given are other regions'
            Set<String> given = idsOf(usageScenarios);
            List<UsageScenario> others = snapshot.derived(RulesByKey.class, RulesByKey::new)
                    .of(UsageCategory.TREATMENT_ELSEWHERE).stream()
                    .filter(fact -> current.test(fact) && !given.contains(fact.getFactId()))
                    .map(UsageScenario.class::cast).toList();
            others.forEach(use -> elsewhere.add(use.getRegion()));
            usageScenarios = withAdded(usageScenarios, others);
        }

        /**
         * Asked about an account rule given only when asked (报销的钱打到哪, 非定点医院的记录会影响提取吗), whatever the
         * topic: the rules on it that answer for the place, or else other regions' (labelled, and said to be theirs),
         * beside the slices the topic gives.
         */
        void accountRulesAsked(List<String> intents) {
            Set<AccountTopic> asked = TopicRules.narrowing(intents, TopicRules.ACCOUNT_TOPICS);
            asked.retainAll(TopicRules.GIVEN_WHEN_ASKED);
            if (!asked.isEmpty()) {
                accountFacts = withAdded(accountFacts,
                        answering(FactKind.ACCOUNT_FACT, AccountFact.class, asked, AccountFact::getTopic));
            }
        }

        /** The slice and, after it, the facts given that are not in it. */
        private static <F extends PolicyFact> List<F> withAdded(List<F> slice, List<F> added) {
            List<F> all = new ArrayList<>(slice);
            Set<String> given = idsOf(all);
            added.stream().filter(fact -> given.add(fact.getFactId())).forEach(all::add);
            return List.copyOf(all);
        }

        /** The place's withdrawal procedure (its own or inherited); none if no region holds one. */
        private WithdrawalProcedure procedure() {
            List<WithdrawalProcedure> procedures = facts(FactKind.WITHDRAWAL_PROCEDURE, WithdrawalProcedure.class,
                    fact -> true);
            return procedures.isEmpty() ? null : procedures.get(0);
        }

        /**
         * The place's notices, then its ancestors' own: a national warning (agents, the pension account) holds
         * everywhere, and a place's own notices add to it rather than replace it.
         */
        void notices() {
            List<Notice> all = new ArrayList<>();
            for (Region at = region; at != null; at = snapshot.parentOf(at).orElse(null)) {
                for (Notice notice : facts(FactKind.NOTICE, Notice.class, at, fact -> true)) {
                    if (notice.getInheritedFrom() == null) { // the place's own, not what it inherits
                        all.add(at == region ? notice : notice.inheritedBy(at, region));
                    }
                }
            }
            notices = List.copyOf(all);
        }

        /** A notice of another region's, unless the place asked about already has it: labelled, and said so. */
        void noticeFromElsewhere(String factId, Region owner) {
            if (notices.stream().anyMatch(notice -> notice.getFactId().equals(factId))) {
                return;
            }
            List<Notice> found = facts(FactKind.NOTICE, Notice.class, owner, fact -> fact.getFactId().equals(factId));
            if (!found.isEmpty()) {
                List<Notice> all = new ArrayList<>(notices);
                all.addAll(found);
                notices = List.copyOf(all);
                elsewhere.add(owner);
            }
        }

        void general(List<String> intents) {
            Set<AccountTopic> asked = TopicRules.accountTopics(intents);
            // agents, fraud, precautions: the notices answer, with the rule on cash that agents play on
            Set<AccountTopic> topics = asked.isEmpty() && intents.stream().anyMatch(TopicRules.NOTICE_INTENTS::contains)
                    ? EnumSet.of(AccountTopic.CASH_ACCESS) : asked;
            accountFacts = narrowed(FactKind.ACCOUNT_FACT, AccountFact.class, topics, AccountFact::getTopic);
            // Rules on a narrow matter (where reimbursements are paid) are given when asked about, not with every
            // question on the account.
            accountFacts = accountFacts.stream().filter(fact -> !TopicRules.GIVEN_WHEN_ASKED.contains(fact.getTopic())
                    || asked.contains(fact.getTopic())).toList();
            // What the place's app or mini program is called (湖南的医保小程序叫什么), or what else it shows (医保APP除了查余额
            // 还能查什么): those that answer for it, its own or the nation's, whose names may be known only as ways to
            // check the balance (湘医保).
            if ((intents.contains("BRAND") || intents.contains("STATEMENT") || intents.contains("REIMBURSED_SO_FAR")
                    || intents.contains("PROGRESS"))
                    && (intents.contains("APP") || intents.contains("WECHAT"))) {
                Set<QueryChannelType> apps = EnumSet.noneOf(QueryChannelType.class);
                if (intents.contains("APP")) {
                    apps.add(QueryChannelType.MOBILE_APP);
                }
                if (intents.contains("WECHAT")) {
                    apps.add(QueryChannelType.MINI_PROGRAM);
                }
                queryChannels = answering(FactKind.QUERY_CHANNEL, QueryChannel.class, apps, QueryChannel::getType);
            }
            // What becomes of the balance when one moves jobs, or dies: the withdrawal rule on it says (it moves
            // with the account, or is paid out to the heirs).
            Set<?> kinds = TopicRules.narrowing(intents, TopicRules.WITHDRAWAL_KINDS);
            if (!kinds.isEmpty()) {
                withdrawalConditions = facts(FactKind.WITHDRAWAL_CONDITION, WithdrawalCondition.class,
                        fact -> kinds.contains(fact.getKind()));
            } else if (intents.contains("AFTER_WITHDRAWAL")) {
                // What becomes of the insurance once the balance is drawn (领完以后医保关系还在吗): the conditions whose
                // rule says (it ends there), not the move to another job's (the balance follows the account).
                withdrawalConditions = facts(FactKind.WITHDRAWAL_CONDITION, WithdrawalCondition.class,
                        fact -> fact.getOutcome() != null && fact.getKind() != WithdrawalKind.CROSS_REGION_EMPLOYMENT);
            }
        }

        /** The facts that answer for the wanted keys ({@link #answering}); all of them when none do. */
        private <F extends PolicyFact> List<F> narrowed(FactKind kind, Class<F> type, Set<?> wanted,
                Function<F, ?> key) {
            List<F> narrowed = answering(kind, type, wanted, key);
            if (!narrowed.isEmpty()) {
                return narrowed;
            }
            List<F> all = facts(kind, type, fact -> true);
            // A ground for withdrawal that neither the place nor the regions above it name (主动放弃, only 南京's) is
            // answered by the place's grounds and then the regions' that name it. Not retiring: the word names only
            // part of 深圳's ground (the pension paid elsewhere), and the nation's grounds answer it (退休后出境定居).
            Set<Object> groundsElsewhere = new HashSet<>(wanted);
            groundsElsewhere.remove(WithdrawalKind.RETIREMENT_RELOCATION);
            if (kind == FactKind.WITHDRAWAL_CONDITION && !groundsElsewhere.isEmpty()) {
                all = new ArrayList<>(all);
                all.addAll(elsewhere(type, groundsElsewhere));
            }
            return all;
        }

        /**
         * Facts whose key (kind, category, type…) is among the wanted ones; all of them when none are wanted. A wanted
         * key with no fact that applies on the day, but with facts that applied before it, gets the latest of
         * those (they carry their end date, and the disclaimer says so): they answer better than facts on
         * something else; and an account rule or use that neither the place nor the regions above it have is
         * answered by the regions that have one ({@link #elsewhere}).
         */
        private <F extends PolicyFact> List<F> answering(FactKind kind, Class<F> type, Set<?> wanted,
                Function<F, ?> key) {
            List<F> narrowed = facts(kind, type, fact -> wanted.isEmpty() || wanted.contains(key.apply(fact)));
            if (!wanted.isEmpty()) {
                Set<Object> answered = new HashSet<>();
                narrowed.forEach(fact -> answered.add(key.apply(fact)));
                List<F> past = latestEnded(snapshot.factsFor(region, kind, type, fact -> ended(fact)
                        && wanted.contains(key.apply(fact)) && !answered.contains(key.apply(fact))));
                if (!past.isEmpty()) {
                    narrowed = new ArrayList<>(narrowed);
                    narrowed.addAll(past);
                    pastRules = true;
                }
            }
            if (narrowed.isEmpty() && !wanted.isEmpty()
                    && (kind == FactKind.ACCOUNT_FACT || kind == FactKind.USAGE_SCENARIO)) {
                narrowed = elsewhere(type, wanted);
            }
            return narrowed;
        }

        /**
         * No account rule or use of the kind asked about (a withdrawal fee, a usage threshold, vaccination) for the
         * place asked about, nor for the regions above it: the other regions' own rules on it, each with its region,
         * answer better than rules on something else, and the disclaimer says they may not apply there. (Every
         * withdrawal condition has a national rule, and a national procedure.)
         */
        private <F extends PolicyFact> List<F> elsewhere(Class<F> type, Set<?> wanted) {
            RulesByKey rules = snapshot.derived(RulesByKey.class, RulesByKey::new);
            List<F> found = new ArrayList<>();
            for (Object key : wanted) {
                for (PolicyFact fact : rules.of(key)) {
                    if (type.isInstance(fact) && current.test(fact)) {
                        found.add(type.cast(fact));
                    }
                }
            }
            found.sort(Comparator.comparing(fact -> fact.getRegion().code())); // a stable order: by region code
            found.forEach(fact -> elsewhere.add(fact.getRegion()));
            return found;
        }

        /**
         * Asked how much the balance must hold for a use named (给家人用要超过多少), the ended rules of that use which
         * named a threshold (深圳's 7778.15元, until October 2023) answer beside the current ones, with their end date:
         * the figure is what the asker has read of, and the current rule says it was dropped.
         */
        private List<UsageScenario> withPastThresholds(List<UsageScenario> slice, Set<UsageCategory> uses) {
            Set<String> given = idsOf(slice);
            return withPast(slice, latestEnded(snapshot.factsFor(region, FactKind.USAGE_SCENARIO,
                    UsageScenario.class, fact -> ended(fact) && fact.getBalanceThreshold() != null
                            && uses.contains(fact.getCategory()) && !given.contains(fact.getFactId()))));
        }

        private boolean ended(PolicyFact fact) {
            return fact.header().endedBefore(asOf);
        }

        /**
         * A figure the question quotes (超过7778.15元的部分) that a rule of the place which has ended states: that rule
         * is what the asker read, and it answers beside the current one (with its end date; the disclaimer says so).
         */
        void pastRulesQuoted(Set<String> figures) {
            if (figures.isEmpty()) {
                return;
            }
            usageScenarios = withPastQuoting(usageScenarios, FactKind.USAGE_SCENARIO, UsageScenario.class, figures);
            accountFacts = withPastQuoting(accountFacts, FactKind.ACCOUNT_FACT, AccountFact.class, figures);
        }

        private <F extends PolicyFact> List<F> withPastQuoting(List<F> slice, FactKind kind, Class<F> type,
                Set<String> figures) {
            Set<String> given = idsOf(slice);
            return withPast(slice, snapshot.factsFor(region, kind, type, fact -> ended(fact)
                    && QuotedFigures.statedIn(fact, figures) && !given.contains(fact.getFactId())));
        }

        /** The slice and, after it, rules that have ended (the disclaimer then says so). */
        private <F extends PolicyFact> List<F> withPast(List<F> slice, List<F> past) {
            if (past.isEmpty()) {
                return slice;
            }
            List<F> with = new ArrayList<>(slice);
            with.addAll(past);
            pastRules = true;
            return List.copyOf(with);
        }

        private static Set<String> idsOf(List<? extends PolicyFact> facts) {
            Set<String> ids = new HashSet<>();
            facts.forEach(fact -> ids.add(fact.getFactId()));
            return ids;
        }

        /** Of facts that have ended, those that ended last. */
        private static <F extends PolicyFact> List<F> latestEnded(List<F> ended) {
            LocalDate last = ended.stream().map(fact -> fact.header().appliesUntil()).max(LocalDate::compareTo)
                    .orElse(null);
            return ended.stream().filter(fact -> fact.header().appliesUntil().equals(last)).toList();
        }

        private <F extends PolicyFact> List<F> facts(FactKind kind, Class<F> type, Predicate<F> filter) {
            return facts(kind, type, region, filter);
        }

        private <F extends PolicyFact> List<F> facts(FactKind kind, Class<F> type, Region of, Predicate<F> filter) {
            return snapshot.factsFor(of, kind, type, fact -> current.test(fact) && filter.test(fact));
        }

        /** What the region's sub-regions hold of their own, depth first: a city's bureau under its prefecture. */
        private <F extends PolicyFact> List<F> subregionsOwn(Region parent, FactKind kind, Class<F> type) {
            List<F> own = new ArrayList<>();
            for (Region child : snapshot.childrenOf(parent)) {
                facts(kind, type, child, fact -> true).stream().filter(fact -> fact.getInheritedFrom() == null)
                        .forEach(own::add);
                own.addAll(subregionsOwn(child, kind, type));
            }
            return own;
        }

        List<PolicyFact> all() {
            return Answer.factsOf(withdrawalConditions, withdrawalProcedure, usageScenarios, queryChannels, contacts,
                    accountFacts, notices);
        }

        /** The regions whose rules stand in for the asked one's. */
        static Set<Region> owners(List<PolicyFact> facts) {
            Set<Region> owners = new LinkedHashSet<>();
            facts.stream().map(PolicyFact::getInheritedFrom).filter(owner -> owner != null).forEach(owners::add);
            return owners;
        }
    }
}
