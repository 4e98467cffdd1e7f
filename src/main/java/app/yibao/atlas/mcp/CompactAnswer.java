package app.yibao.atlas.mcp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.yibao.atlas.assistant.Answer;
import app.yibao.atlas.assistant.QuotedFigures;
import app.yibao.atlas.assistant.Topic;
import app.yibao.atlas.facts.AccountFact;
import app.yibao.atlas.facts.AccountTopic;
import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.Contact;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.WithdrawalChannelType;
import app.yibao.atlas.facts.WithdrawalProcedure;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;
import app.yibao.atlas.search.FactSearch;
import app.yibao.atlas.search.QueryTerms;
import app.yibao.atlas.search.SearchHit;
import app.yibao.atlas.search.Tokenizer;

/**
 * The ask answer as an LLM tool result, small because a model pays for every token: the facts that match the
 * question best come first, whole and with their citations, until the byte budget is spent; the rest are named
 * by id and title in moreFacts (region_policy or search give them in full). The room left goes to their one-line
 * descriptions and to hits elsewhere, best-matching first; a procedure describes only the channels asked about.
 * Sources are listed once, not in every citation, and hits that repeat a fact are left out.
 */
final class CompactAnswer {

    static final int DEFAULT_MAX_BYTES = 4000;
    static final int DEFAULT_MAX_FACTS = 5;
    private static final int MAX_HITS = 3;
    /** How many facts beyond those that may be given whole are named in moreFacts. */
    private static final int MORE_FACTS_NAMED = 5;
    /** Two quotes (those the question's words cover best) are evidence enough for a model to cite. */
    private static final int CITATIONS_PER_FACT = 2;
    /** The best-matching fact is the likeliest answer: one quote more, as evidence to cite, while the budget allows. */
    private static final int CITATIONS_OF_BEST_FACT = 3;
    /** A sub-region's fact answers for the place asked about only second to the place's own (or inherited) one. */
    private static final double SUBREGION_WEIGHT = 0.75;
    /**
     * A fact (past the first) that matches the question less than a quarter as well as the best hit is only named: a
     * general answer's weakest account facts (what the account is, cash access) would otherwise take all the room of
     * the hit that answers (国家医保服务平台…都能用: the platform's own fact).
     */
    private static final double OUTSCORED_BY_A_HIT = 0.25;

    private CompactAnswer() {
    }

    static ObjectNode of(Answer answer, KnowledgeSnapshot snapshot, QueryTerms query, Map<String, Double> relevance,
            int maxFacts, int maxBytes) {
        ObjectNode json = CompactJson.object().put("question", answer.question())
                .put("asOf", answer.asOf().toString());
        json.set("region", CompactJson.region(answer.region()));
        if (!answer.otherRegions().isEmpty()) {
            ArrayNode others = json.putArray("otherRegions");
            answer.otherRegions().forEach(region -> others.add(CompactJson.region(region)));
        }
        json.put("topic", answer.topic().name());
        json.set("intents", CompactJson.strings(answer.intents()));
        json.put("confidence", answer.confidence()).put("disclaimer", answer.disclaimer());

        List<PolicyFact> all = ranked(answer, query, relevance);
        // Past the facts that may be given whole, a few more are named and the rest only counted: a long list of
        // names would take the room of the facts that answer.
        List<PolicyFact> ranked = all.subList(0, Math.min(all.size(), maxFacts + MORE_FACTS_NAMED));
        List<ObjectNode> full = new ArrayList<>();
        List<ObjectNode> brief = new ArrayList<>();
        for (PolicyFact fact : ranked) {
            ObjectNode whole = CompactJson.fact(snapshot, fact, answer.region());
            full.add(fact instanceof WithdrawalProcedure ? ChannelsAsked.described(whole, answer.intents()) : whole);
            ObjectNode named = CompactJson.object().put("id", fact.getId()).put("title", fact.getTitle());
            if (isSubregionsOwn(fact, answer)) {
                named.set("region", CompactJson.region(fact.getRegion()));
            }
            brief.add(named);
        }
        // Every fact is at least named; the best are given whole, with citations, while the budget lasts.
        // (70: the keys "facts", "moreFacts", "moreFactsLeftOut" and "hits" with their brackets)
        int size = bytes(json) + 70 + brief.stream().mapToInt(CompactAnswer::bytes).sum();
        Map<String, ObjectNode> sources = new LinkedHashMap<>();
        ArrayNode facts = json.putArray("facts");
        ArrayNode more = CompactJson.object().arrayNode();
        List<PolicyFact> notWhole = new ArrayList<>(); // the facts named in moreFacts, in its order
        Set<String> given = new HashSet<>();
        Set<String> said = new HashSet<>(); // the descriptions of the facts given whole
        double bestHit = answer.hits().stream().mapToDouble(SearchHit::score).max().orElse(0);
        for (int i = 0; i < ranked.size(); i++) {
            PolicyFact fact = ranked.get(i);
            Map<String, ObjectNode> newSources = new LinkedHashMap<>();
            ObjectNode whole = withSourceIds(full.get(i), fact, query, sources, newSources,
                    i == 0 ? CITATIONS_OF_BEST_FACT : CITATIONS_PER_FACT);
            int growth = growth(whole, brief.get(i), newSources);
            if (i == 0 && size + growth > maxBytes) { // the best fact's extra quote only while the budget allows
                newSources.clear();
                whole = withSourceIds(full.get(i), fact, query, sources, newSources, CITATIONS_PER_FACT);
                growth = growth(whole, brief.get(i), newSources);
            }
            // A fact that says what one given whole already says (the same claim filed under two kinds) is only
            // named: its room goes to the next fact, such as the other side of a dispute.
            boolean repeats = fact.getDescription() != null && said.contains(fact.getDescription());
            // a fact that matches the question far less than the best lead elsewhere leaves its room to the leads
            boolean outscored = relevance.getOrDefault(fact.getFactId(), 0.0) < bestHit * OUTSCORED_BY_A_HIT;
            if (facts.isEmpty() || !repeats && !outscored && facts.size() < maxFacts && size + growth <= maxBytes) {
                facts.add(whole); // the best fact is always given whole, whatever its size
                said.add(fact.getDescription());
                sources.putAll(newSources);
                given.add(fact.getFactId());
                size += growth;
            } else {
                more.add(brief.get(i));
                notWhole.add(fact);
            }
        }
        if (!more.isEmpty()) {
            json.set("moreFacts", more);
        }
        if (all.size() > ranked.size()) {
            json.put("moreFactsLeftOut", all.size() - ranked.size());
        }
        // The room left goes to what matches the question best, in the order of their scores: the summaries of the
        // facts named in moreFacts, and the hits (leads elsewhere).
        List<Offer> offers = new ArrayList<>();
        answer.hits().forEach(hit -> offers.add(new Offer(hit.score(), hit, -1)));
        for (int i = 0; i < notWhole.size(); i++) {
            offers.add(new Offer(relevance.getOrDefault(notWhole.get(i).getFactId(), 0.0), null, i));
        }
        offers.sort(Comparator.comparingDouble(offer -> -offer.score()));
        ArrayNode hits = json.putArray("hits");
        for (Offer offer : offers) {
            size = offer.hit() != null ? withHit(hits, offer.hit(), given, size, maxBytes) : withDescription(
                    (ObjectNode) more.get(offer.named()), notWhole.get(offer.named()), size, maxBytes);
        }
        ObjectNode sourceList = json.putObject("sources");
        sources.forEach(sourceList::set);
        return json;
    }

    /** What may fill the room left: a hit, or the summary of the fact named at that place in moreFacts. */
    private record Offer(double score, SearchHit hit, int named) {
    }

    /** The hit added to the hits, unless three are there, it repeats a fact given or the room is spent: the size. */
    private static int withHit(ArrayNode hits, SearchHit hit, Set<String> given, int size, int maxBytes) {
        if (hits.size() >= MAX_HITS || !given.add(hit.factId())) {
            return size;
        }
        ObjectNode compact = CompactJson.object().put("factId", hit.factId()).put("kind", hit.kind().name())
                .put("title", hit.title()).put("snippet", hit.snippet());
        compact.set("region", CompactJson.region(hit.region()));
        if (size + bytes(compact) > maxBytes) {
            return size;
        }
        hits.add(compact);
        return size + bytes(compact);
    }

    /** A fact named in moreFacts given its one-line description, if it has one and the room allows: the size. */
    private static int withDescription(ObjectNode named, PolicyFact fact, int size, int maxBytes) {
        if (fact.getDescription() == null) {
            return size;
        }
        int before = bytes(named);
        int growth = bytes(named.put("description", fact.getDescription())) - before;
        if (size + growth > maxBytes) {
            named.remove("description");
            return size;
        }
        return size + growth;
    }

    /** Intents that ask how a withdrawal is done (which channel, what to bring, how long): the procedure answers. */
    private static final Set<String> HOW_TO_APPLY = Set.of("MATERIALS", "PROCESSING_TIME", "WHERE_TO_APPLY",
            "HOW_TO_WITHDRAW", "WEBSITE", "ONLINE", "APP", "WECHAT", "ALIPAY", "BANK", "WINDOW", "TERMINAL", "PHONE");

    /** Intents a notice answers, not a rule: the best-matching notice goes first. */
    private static final Set<String> NOTICES_ANSWER = Set.of("PROGRESS", "AFTER_WITHDRAWAL", "FAILED",
            "MATERIALS_MISSING", "PRIVACY", "POLICY_VARIES", "WITHDRAWAL_SHARE");

    /**
     * Notices that go first even before the procedure: following an application, an agent's offer, what fails one
     * (or sends one back for what is missing), whether it is done alike everywhere.
     */
    private static final Set<String> NOTICE_BEFORE_PROCEDURE = Set.of("PROGRESS", "AGENT", "FAILED",
            "MATERIALS_MISSING", "POLICY_VARIES");

    /** Intents that name whose fee is asked: a bank's (or an ATM's), abroad's, an agent's. */
    private static final Set<String> FEES_OF_A_CHANNEL = Set.of("BANK", "EMIGRATION", "AGENT");

    /** Words that ask for cash (the question's own, typos corrected). */
    private static final Set<String> CASH = Set.of("取现", "现金", "提现", "取钱", "取出", "cash");

    /** A condition slice this short was narrowed to the conditions the question names. */
    private static final int NAMED_CONDITIONS = 2;

    /**
     * The answer's facts, best match for the question first; ties keep the answer's own order. A question about
     * how to apply puts the withdrawal procedure first, whatever words it shares with the conditions; one that asks
     * only what to bring or how, after the condition it names (大病…需要哪些证明, 没退休就出国定居了怎么取): the condition
     * lists its own materials and what must be done first.
     */
    private static List<PolicyFact> ranked(Answer answer, QueryTerms query, Map<String, Double> relevance) {
        List<PolicyFact> facts = answer.allFacts();
        PolicyFact procedure = answer.topic() == Topic.WITHDRAWAL
                && answer.intents().stream().anyMatch(HOW_TO_APPLY::contains) ? answer.withdrawalProcedure() : null;
        boolean onlyWhatOrHow = answer.intents().stream().filter(HOW_TO_APPLY::contains)
                .allMatch(intent -> intent.equals("MATERIALS") || intent.equals("HOW_TO_WITHDRAW"));
        boolean caseAsked = answer.namesAWithdrawalCondition()
                && answer.withdrawalConditions().size() <= NAMED_CONDITIONS;
        boolean caseFirst = procedure != null && onlyWhatOrHow && caseAsked;
        // What becomes of the balance in a named case (moving jobs, a death) is that case's rule, before the account's;
        // and whether a named case opens the balance (换工作了能取吗) is that case's rule, before the procedure.
        boolean caseAnswers = caseFirst || answer.topic() == Topic.GENERAL && answer.namesAWithdrawalCondition()
                || answer.topic() == Topic.WITHDRAWAL && procedure == null && caseAsked;
        Set<PolicyFact> named = new HashSet<>(caseAnswers ? answer.withdrawalConditions() : List.of());
        // Whether the balance can be had as cash at a bank (平时能去银行取现吗, 去ATM取现金), where no bank pays it out at
        // an ATM: the rule that it is not cash at will answers, before the procedure that only a named case opens.
        if (procedure != null && asksOnlyForABank(answer) && query.says(CASH) && !answer.namesAWithdrawalCondition()
                && !hasAnAtm(answer.withdrawalProcedure())) {
            answer.accountFacts().stream().filter(fact -> fact.getTopic() == AccountTopic.CASH_ACCESS)
                    .forEach(named::add);
        }
        // A rule that has ended, whose figure the question quotes (超过7778.15元的部分可以做什么), is what the asker read.
        Set<String> figures = QuotedFigures.in(Tokenizer.normalize(answer.question()));
        facts.stream().filter(fact -> fact.header().endedBefore(answer.asOf()) && QuotedFigures.statedIn(fact, figures))
                .forEach(named::add);
        // A fee is asked about whatever channel is named (跨行ATM取现手续费): the fee facts answer, not the procedure;
        // but an agent's fee (代取…收点手续费) is asked about the agent, whom the notices answer.
        if (answer.intents().contains("FEE") && !answer.intents().contains("AGENT")) {
            answer.accountFacts().stream().filter(fact -> fact.getTopic() == AccountTopic.FEE).forEach(named::add);
        }
        // A fee asked of no channel (提现要收手续费吗) is first answered by the rule with no figure of its own (没有统一
        // 法规), not by a bank's, an ATM's or abroad's rate
        boolean anyChannelsFee = answer.intents().contains("FEE")
                && answer.intents().stream().noneMatch(FEES_OF_A_CHANNEL::contains);
        // How an application is followed, and what becomes of the account once drawn, only notices say (the latter
        // unless the question also asks how long or what to bring: 提取后多久到账 is the procedure's). The progress
        // notice is short, and goes before the procedure it follows (交了好几天没动静，去哪查进度); so does the warning
        // against agents, asked whether one can be trusted (代取医保卡余额，收点手续费，靠谱吗).
        if (answer.intents().stream().anyMatch(NOTICE_BEFORE_PROCEDURE::contains)
                || procedure == null && answer.intents().stream().anyMatch(NOTICES_ANSWER::contains)) {
            answer.notices().stream()
                    .max(Comparator.comparingDouble(notice -> relevance.getOrDefault(notice.getFactId(), 0.0)))
                    .ifPresent(named::add);
        }
        // A contact question about a place with offices of its own is answered by them first; the hotline and the
        // window are the nation's, for places without (and sub-regions' offices are leads, not the answer).
        boolean contact = answer.topic() == Topic.CONTACT;
        facts.sort(Comparator.comparing((PolicyFact fact) -> !named.contains(fact))
                .thenComparing((PolicyFact fact) -> anyChannelsFee && !isFeeWithoutFigure(fact))
                .thenComparing((PolicyFact fact) -> fact != procedure)
                .thenComparing((PolicyFact fact) -> contact && !(fact instanceof Contact && isOwn(fact, answer)))
                .thenComparingDouble(fact -> -relevance.getOrDefault(fact.getFactId(), 0.0)
                        * (isSubregionsOwn(fact, answer) ? SUBREGION_WEIGHT : 1)));
        return facts;
    }

    private static boolean isFeeWithoutFigure(PolicyFact fact) {
        return fact instanceof AccountFact account && account.getTopic() == AccountTopic.FEE
                && account.getAmount() == null;
    }

    /** Whether the only way of applying the question names is a bank (银行, ATM, a bank card). */
    private static boolean asksOnlyForABank(Answer answer) {
        List<String> ways = answer.intents().stream().filter(HOW_TO_APPLY::contains).toList();
        return ways.equals(List.of("BANK"));
    }

    private static boolean hasAnAtm(WithdrawalProcedure procedure) {
        return procedure.getChannels().stream().anyMatch(channel -> channel.type() == WithdrawalChannelType.ATM);
    }

    /** A fact of the place asked about itself: neither inherited from above nor a sub-region's. */
    private static boolean isOwn(PolicyFact fact, Answer answer) {
        return fact.getInheritedFrom() == null && fact.getRegion().code().equals(answer.region().code());
    }

    /** A sub-region's own fact, offered for the place asked about (labelled with its region). */
    private static boolean isSubregionsOwn(PolicyFact fact, Answer answer) {
        return fact.getInheritedFrom() == null && !fact.getRegion().code().equals(answer.region().code());
    }

    /**
     * Citations name their source by id; a source's title, publisher and date go once into "sources". At most
     * {@code limit} per fact, those closest to the question, with the number left out.
     */
    private static ObjectNode withSourceIds(ObjectNode fact, PolicyFact source, QueryTerms query,
            Map<String, ObjectNode> known, Map<String, ObjectNode> added, int limit) {
        ArrayNode citations = fact.putArray("citations");
        List<Citation> all = source.getCitations();
        if (all.size() > limit) {
            fact.put("citationsLeftOut", all.size() - limit); // region_policy gives them all
        }
        for (Citation citation : chosen(all, query, limit)) {
            ObjectNode compact = CompactJson.object().put("source", citation.source().id());
            CompactJson.putIfPresent(compact, "quote", citation.quote());
            citations.add(compact);
            if (!known.containsKey(citation.source().id())) {
                ObjectNode described = CompactJson.object().put("title", citation.source().title());
                CompactJson.putIfPresent(described, "publisher", citation.source().publisher());
                CompactJson.putIfPresent(described, "publishedOn", citation.source().publishedOn());
                added.put(citation.source().id(), described);
            }
        }
        return fact;
    }

    /** The citations whose quotes the question's words cover best, in their own order. */
    private static List<Citation> chosen(List<Citation> all, QueryTerms query, int limit) {
        if (all.size() <= limit) {
            return all;
        }
        Map<Citation, Double> overlap = new HashMap<>();
        all.forEach(citation -> overlap.put(citation, FactSearch.overlap(query, citation.quote())));
        List<Citation> best = all.stream()
                .sorted(Comparator.comparingDouble(citation -> -overlap.get(citation)))
                .limit(limit).toList();
        return all.stream().filter(best::contains).toList();
    }

    /** What giving a fact whole adds to the answer: the fact beyond its brief, and the sources it brings. */
    private static int growth(ObjectNode whole, ObjectNode brief, Map<String, ObjectNode> newSources) {
        return bytes(whole) - bytes(brief) + newSources.values().stream().mapToInt(source -> bytes(source) + 30).sum();
    }

    private static int bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
