package app.yibao.atlas.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.yibao.atlas.facts.Citation;
import app.yibao.atlas.facts.CitationEntity;
import app.yibao.atlas.facts.FactDetails;
import app.yibao.atlas.facts.FactEntity;
import app.yibao.atlas.facts.FactHeader;
import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.facts.PolicyFact;
import app.yibao.atlas.facts.PolicyFacts;
import app.yibao.atlas.regions.Region;
import app.yibao.atlas.regions.RegionEntity;
import app.yibao.atlas.sources.Source;
import app.yibao.atlas.sources.SourceEntity;

/**
 * The published knowledge, immutable and in memory, so that reads need no database round trip. Built from
 * PostgreSQL (the system of record) by {@link KnowledgeStore}, and replaced as a whole when the knowledge changes.
 */
public final class KnowledgeSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Region> regionsByCode = new LinkedHashMap<>();
    private final List<Region> regionsInOrder;
    private final Map<String, List<Region>> childrenByCode = new HashMap<>();
    private final RegionNames names;
    private final List<Source> sources;
    private final Map<String, Map<FactKind, List<PolicyFact>>> factsByRegion = new HashMap<>();
    private final Map<String, JsonNode> detailsById = new HashMap<>();
    private final int factCount;
    private final String version;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    KnowledgeSnapshot(List<RegionEntity> regions, List<SourceEntity> sourceRows, List<FactEntity> facts,
            List<CitationEntity> citations) {
        for (RegionEntity row : regions) {
            Region region = toRegion(row);
            regionsByCode.put(region.code(), region);
            if (region.parentCode() != null) {
                childrenByCode.computeIfAbsent(region.parentCode(), code -> new ArrayList<>()).add(region);
            }
        }
        childrenByCode.replaceAll((code, children) -> List.copyOf(children));
        regionsInOrder = List.copyOf(regionsByCode.values());
        names = new RegionNames(regionsInOrder);
        Map<String, Source> sourcesById = new LinkedHashMap<>();
        sourceRows.forEach(row -> sourcesById.put(row.id, row.toSource()));
        sources = List.copyOf(sourcesById.values());

        Map<String, List<Citation>> citationsByFact = new HashMap<>();
        for (CitationEntity row : citations) {
            citationsByFact.computeIfAbsent(row.factId, id -> new ArrayList<>())
                    .add(new Citation(sourcesById.get(row.sourceId), row.quote));
        }
        ContentDigest content = new ContentDigest();
        content.add(regionsInOrder);
        content.add(sources);
        for (FactEntity row : facts) {
            FactHeader header = new FactHeader(row.id, row.regionCode, row.title, row.description, row.appliesFrom,
                    row.appliesUntil, row.disputed, row.disputeNote, row.caveat,
                    citationsByFact.getOrDefault(row.id, List.of()), regionsByCode.get(row.regionCode));
            FactDetails details = details(row);
            detailsById.put(row.id, details.json());
            factsByRegion.computeIfAbsent(row.regionCode, code -> new EnumMap<>(FactKind.class))
                    .computeIfAbsent(row.type, kind -> new ArrayList<>())
                    .add(PolicyFacts.create(row.type, header, details));
            content.add(row.type + " " + header + " " + row.details);
        }
        factCount = facts.size();
        version = content.hex();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regionsByCode.get(code));
    }

    /** The regions a name fits best: none, one, or several of the same level when the name is ambiguous. */
    public List<Region> regionsNamed(String name) {
        return names.find(name);
    }

    /** Every region a name fits, at any level, higher levels first (regionsNamed keeps the highest only). */
    public List<Region> regionsNamedAtAnyLevel(String name) {
        return names.findAll(name);
    }

    public Optional<Region> parentOf(Region region) {
        return region.parentCode() == null ? Optional.empty() : region(region.parentCode());
    }

    /** All regions in code order. */
    public List<Region> regions() {
        return regionsInOrder;
    }

    public List<Region> childrenOf(Region region) {
        return childrenByCode.getOrDefault(region.code(), List.of());
    }

    public List<Source> sources() {
        return sources;
    }

    public int factCount() {
        return factCount;
    }

    /** A digest of the content: the same on every replica holding the same knowledge, new when anything changes. */
    public String version() {
        return version;
    }

    /**
     * The facts of a kind that answer for a region: its own that pass the filter, then, for each subject it has no
     * fact on, those of the nearest ancestor that has (city, then province, then nation), marked as inherited from
     * that ancestor. What a subject is depends on the kind ({@link PolicyFact#inheritanceSubject}).
     */
    public <F extends PolicyFact> List<F> factsFor(Region region, FactKind kind, Class<F> type,
            Predicate<? super F> filter) {
        List<F> found = new ArrayList<>();
        Set<Object> subjectsAnswered = new HashSet<>();
        for (Region owner = region; owner != null; owner = parentOf(owner).orElse(null)) {
            Set<Object> ownSubjects = new HashSet<>();
            for (PolicyFact fact : factsByRegion.getOrDefault(owner.code(), Map.of()).getOrDefault(kind, List.of())) {
                F typed = type.cast(fact);
                Object subject = typed.inheritanceSubject();
                if (filter.test(typed) && !subjectsAnswered.contains(subject)) {
                    ownSubjects.add(subject);
                    found.add(owner == region ? typed : typed.inheritedBy(owner, region));
                }
            }
            subjectsAnswered.addAll(ownSubjects);
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    /**
     * The region whose facts of a kind answer for this one: itself or its nearest ancestor with a fact of the kind
     * that passes the filter (the owner of the first of {@link #factsFor}, without building that list).
     */
    public Optional<Region> ownerOf(Region region, FactKind kind, Predicate<? super PolicyFact> filter) {
        for (Region owner = region; owner != null; owner = parentOf(owner).orElse(null)) {
            for (PolicyFact fact : factsByRegion.getOrDefault(owner.code(), Map.of()).getOrDefault(kind, List.of())) {
                if (filter.test(fact)) {
                    return Optional.of(owner);
                }
            }
        }
        return Optional.empty();
    }

    /** The kind-specific fields of a fact as the knowledge file gives them (materials, steps, channels…). */
    public JsonNode detailsOf(PolicyFact fact) {
        return detailsById.get(fact.getFactId());
    }

    /**
     * A structure derived from this snapshot (a search index, a name scanner), built once on first use and
     * dropped with the snapshot, so it can never be stale.
     */
    public <T> T derived(Class<T> type, Function<KnowledgeSnapshot, T> builder) {
        return type.cast(derived.computeIfAbsent(type, key -> builder.apply(this)));
    }

    /** Every fact of every region, for checks that walk them all. */
    public List<PolicyFact> allFacts() {
        List<PolicyFact> all = new ArrayList<>();
        factsByRegion.values().forEach(byKind -> byKind.values().forEach(all::addAll));
        return all;
    }

    private static Region toRegion(RegionEntity row) {
        List<String> aliases = new ArrayList<>();
        if (!row.shortName.equals(row.name)) {
            aliases.add(row.shortName);
        }
        if (row.abbreviation != null) {
            aliases.add(row.abbreviation);
        }
        aliases.addAll(List.of(row.aliases));
        return new Region(row.code, row.name, row.shortName, row.level, row.parentCode, aliases);
    }

    private static FactDetails details(FactEntity row) {
        try {
            return new FactDetails(JSON.readTree(row.details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Fact " + row.id + " has unreadable details: " + e.getMessage(), e);
        }
    }
}
