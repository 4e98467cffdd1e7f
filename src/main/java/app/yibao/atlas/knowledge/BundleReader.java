package app.yibao.atlas.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import app.yibao.atlas.facts.FactKind;
import app.yibao.atlas.sources.Source;

/**
 * Reads and validates the bundled knowledge from the class path: {@code bundle.yaml} names the files (no class
 * path scanning, so native images see the same files). Every problem is collected, and the bundle is refused
 * as a whole with a message naming file, entry and field.
 */
public final class BundleReader {

    public static final String DEFAULT_ROOT = "knowledge";

    private static final Pattern FACT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> COMMON_FIELDS = List.of("id", "type", "title", "description",
            "appliesFrom", "appliesUntil", "disputed", "disputeNote", "caveat", "citations");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final String root;
    private final BundleFiles files;
    private final Problems problems = new Problems();
    private final Map<String, SourceText> sourceTexts = new HashMap<>();
    private final Set<String> factIds = new HashSet<>();

    private BundleReader(BundleFiles files) {
        this.root = files.root();
        this.files = files;
    }

    /** Reads and checks the bundle under a class-path folder, e.g. {@link #DEFAULT_ROOT}. */
    public static KnowledgeBundle read(String root) {
        return read(BundleFiles.read(root));
    }

    /** Checks a bundle whose files are already read. */
    public static KnowledgeBundle read(BundleFiles files) {
        return new BundleReader(files).read();
    }

    private KnowledgeBundle read() {
        String bundleFile = root + "/bundle.yaml";
        JsonNode bundle = yamlFile(bundleFile);
        if (bundle == null) {
            problems.throwIfAny();
        }
        allowOnly(bundle, List.of("label", "sources", "regions"), bundleFile);
        List<Division> divisions = EnglishNamesFile.addTo(
                DivisionsFile.parse(files.bytes(DivisionsFile.RESOURCE), DivisionsFile.RESOURCE, problems),
                files.bytes(EnglishNamesFile.RESOURCE), EnglishNamesFile.RESOURCE, problems);
        Map<String, Division> divisionsByCode = new HashMap<>();
        divisions.forEach(division -> divisionsByCode.put(division.code(), division));

        List<Source> sources = readSources(bundle.path("sources").asText("sources.yaml"));
        List<FactDraft> facts = new ArrayList<>();
        JsonNode regionFiles = bundle.path("regions");
        if (!regionFiles.isArray() || regionFiles.isEmpty()) {
            problems.add(bundleFile, "'regions' must list the region files");
        }
        regionFiles.forEach(file -> facts.addAll(readRegionFile(file.asText(), divisionsByCode)));
        problems.throwIfAny();
        return new KnowledgeBundle(bundle.path("label").asText(null), files.checksum(), divisions, sources, facts);
    }

    private List<Source> readSources(String file) {
        String path = root + "/" + file;
        JsonNode node = yamlFile(path);
        List<Source> sources = new ArrayList<>();
        if (node == null) {
            return sources;
        }
        JsonNode entries = node.path("sources");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String id = entry.path("id").asText("");
            String where = path + ", source " + (i + 1) + (id.isEmpty() ? "" : " '" + id + "'");
            allowOnly(entry, List.of("id", "title", "publisher", "publishedOn", "reliability"), where);
            if (id.isBlank() || entry.path("title").asText("").isBlank()) {
                problems.add(where, "'id' and 'title' are required");
                continue;
            }
            if (sourceTexts.containsKey(id)) {
                problems.add(where, "source id '" + id + "' is listed twice");
                continue;
            }
            byte[] document = files.bytes(root + "/sources/" + id);
            if (document == null) {
                problems.add(where, "the document itself is missing: expected " + root + "/sources/" + id);
                continue;
            }
            sourceTexts.put(id, new SourceText(new String(document, StandardCharsets.UTF_8)));
            sources.add(new Source(id, entry.get("title").asText(), optionalText(entry, "publisher"),
                    date(entry, "publishedOn", where), optionalText(entry, "reliability")));
        }
        if (sources.isEmpty()) {
            problems.add(path, "no sources listed under 'sources'");
        }
        return sources;
    }

    private List<FactDraft> readRegionFile(String file, Map<String, Division> divisions) {
        String path = root + "/" + file;
        JsonNode node = yamlFile(path);
        List<FactDraft> facts = new ArrayList<>();
        if (node == null) {
            return facts;
        }
        allowOnly(node, List.of("region", "facts"), path);
        String region = node.path("region").asText("");
        if (!divisions.containsKey(region)) {
            problems.add(path, "'region' must be the GB/T 2260 code of a listed region, found '" + region + "'");
            return facts;
        }
        if (!file.substring(file.lastIndexOf('/') + 1).startsWith(region)) {
            problems.add(path, "the file name must start with its region code " + region);
        }
        JsonNode entries = node.path("facts");
        if (!entries.isArray()) {
            problems.add(path, "'facts' must be a list");
            return facts;
        }
        for (int i = 0; i < entries.size(); i++) {
            FactDraft fact = readFact(entries.get(i), region, i, path);
            if (fact != null) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private FactDraft readFact(JsonNode entry, String region, int index, String path) {
        String id = entry.path("id").asText("");
        String where = path + ", fact " + (index + 1) + (id.isEmpty() ? "" : " '" + id + "'");
        if (!FACT_ID.matcher(id).matches()) {
            problems.add(where, "'id' must be lowercase words joined by dashes, e.g. shenzhen-withdrawal-death");
        } else if (!factIds.add(id)) {
            problems.add(where, "fact id '" + id + "' is used twice in the bundle");
        }
        FactKind kind = kind(entry.path("type").asText(""), where);
        if (kind == null) {
            return null;
        }
        List<String> allowed = new ArrayList<>(COMMON_FIELDS);
        FactSchema.fieldsOf(kind).forEach(field -> allowed.add(field.name()));
        allowOnly(entry, allowed, where);
        String title = optionalText(entry, "title");
        if (title == null) {
            problems.add(where, "'title' is required");
        }
        LocalDate from = date(entry, "appliesFrom", where);
        LocalDate until = date(entry, "appliesUntil", where);
        if (from != null && until != null && from.isAfter(until)) {
            problems.add(where, "appliesFrom " + from + " is after appliesUntil " + until);
        }
        boolean disputed = entry.path("disputed").asBoolean(false);
        String disputeNote = optionalText(entry, "disputeNote");
        if (disputed && disputeNote == null) {
            problems.add(where, "a disputed fact needs a 'disputeNote' saying what contradicts what");
        }
        ObjectNode details = FactSchema.details(kind, entry, where, problems);
        List<CitationDraft> citations = citations(entry.path("citations"), where);
        return new FactDraft(id, region, kind, index, title, optionalText(entry, "description"), from, until,
                disputed, disputeNote, optionalText(entry, "caveat"), details, citations);
    }

    private List<CitationDraft> citations(JsonNode entries, String where) {
        List<CitationDraft> citations = new ArrayList<>();
        if (!entries.isArray() || entries.isEmpty()) {
            problems.add(where, "every fact needs at least one citation under 'citations'");
            return citations;
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String citationWhere = where + ", citation " + (i + 1);
            allowOnly(entry, List.of("source", "quote"), citationWhere);
            String source = entry.path("source").asText("");
            String quote = optionalText(entry, "quote");
            SourceText text = sourceTexts.get(source);
            if (text == null) {
                problems.add(citationWhere, "source '" + source + "' is not listed in the sources file");
            } else if (quote != null && !text.contains(quote)) {
                problems.add(citationWhere, "the quote is not in " + source + " (quotes are verbatim; "
                        + "whitespace is ignored and … marks an omission): " + quote);
            }
            citations.add(new CitationDraft(source, quote));
        }
        return citations;
    }

    private FactKind kind(String type, String where) {
        try {
            return FactKind.valueOf(type);
        } catch (IllegalArgumentException e) {
            problems.add(where, "'type' must be one of " + List.of(FactKind.values()) + ", found '" + type + "'");
            return null;
        }
    }

    private LocalDate date(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            problems.add(where, "'" + field + "' must be a date like 2023-10-01, found '" + value.asText() + "'");
            return null;
        }
    }

    private void allowOnly(JsonNode entry, List<String> allowed, String where) {
        if (!entry.isObject()) {
            problems.add(where, "must be an entry with named fields");
            return;
        }
        entry.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(where, "unknown field '" + name + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        });
    }

    private static String optionalText(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private JsonNode yamlFile(String path) {
        byte[] content = files.bytes(path);
        if (content == null) {
            problems.add(path, "file not found on the class path");
            return null;
        }
        try {
            JsonNode node = yaml.readTree(content);
            if (node == null || !node.isObject()) {
                problems.add(path, "must be a YAML mapping");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(path, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            return null;
        } catch (IOException e) {
            problems.add(path, "cannot be read: " + e.getMessage());
            return null;
        }
    }
}
