package app.yibao.atlas.http;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Persisted queries, two ways. Automatic persisted queries (the protocol of Apollo Client, urql and others): a
 * client sends {@code extensions.persistedQuery.sha256Hash} alone, gets {@code PersistedQueryNotFound} the first
 * time, sends the query with its hash once, and from then on the hash alone, which makes GET URLs short and
 * cacheable by a CDN. The registry is bounded in bytes (Caffeine: the queries asked least go first) and every
 * hash is checked against its text. Trusted documents, for first-party deployments: only the documents of a file
 * or folder (GraphQL Codegen's or Relay's JSON map of id to document, or .graphql files) are run, by hash or by
 * text; anything else is refused.
 */
final class PersistedQueries {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Cache<String, String> registry;
    private final boolean registering;
    private final Map<String, String> trusted; // id or hash → document; null unless in trusted mode
    private final Map<String, Boolean> trustedTexts;

    PersistedQueries(long capacityBytes, String trustedDocuments) {
        this.registering = capacityBytes > 0 && trustedDocuments == null;
        this.registry = Caffeine.newBuilder().maximumWeight(Math.max(capacityBytes, 0))
                .weigher((String hash, String query) -> 64 + 2 * query.length())
                .executor(Runnable::run).build();
        this.trusted = trustedDocuments == null ? null : load(Path.of(trustedDocuments));
        this.trustedTexts = new HashMap<>();
        if (trusted != null) {
            trusted.values().forEach(text -> trustedTexts.put(text, true));
        }
    }

    /** The request with its query: as sent, or looked up by the hash it names; refused when neither will do. */
    GraphQLRequest resolve(GraphQLRequest request) {
        String hash = hash(request.extensions());
        if (hash == null) {
            if (trusted != null && !trustedTexts.containsKey(request.query())
                    && !trusted.containsKey(sha256(request.query()))) {
                throw untrusted();
            }
            return request;
        }
        if (request.query() != null) {
            if (!hash.equals(sha256(request.query()))) {
                throw RequestRefused.limit("PERSISTED_QUERY_HASH_MISMATCH",
                        "The persistedQuery sha256Hash is not the SHA-256 of the query sent with it.");
            }
            if (trusted != null && !trusted.containsKey(hash) && !trustedTexts.containsKey(request.query())) {
                throw untrusted();
            }
            return request;
        }
        String query = trusted != null ? trusted.get(hash) : registry.getIfPresent(hash);
        if (query == null) {
            if (trusted != null) {
                throw untrusted();
            }
            if (!registering) {
                throw RequestRefused.limit("PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
            }
            // the message is the protocol's: clients match it and send the query with its hash
            throw RequestRefused.limit("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        }
        return new GraphQLRequest(request.method(), query, request.operationName(), request.variables(),
                request.extensions());
    }

    /** Keeps a query sent with its hash, once it passed the limits, for the requests that will send the hash alone. */
    void register(GraphQLRequest request) {
        String hash = hash(request.extensions());
        if (registering && hash != null && request.query() != null) {
            registry.put(hash, request.query());
        }
    }

    private static RequestRefused untrusted() {
        return RequestRefused.limit("UNTRUSTED_DOCUMENT", "This server runs only the documents it was given "
                + "(trusted documents); send one of them, by its hash or its exact text.");
    }

    /** The sha256Hash a request names, or null; a malformed persistedQuery is refused. */
    private static String hash(JsonObject extensions) {
        JsonValue value = extensions == null ? null : extensions.get("persistedQuery");
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject persisted && persisted.get("version") instanceof JsonNumber version
                && version.isIntegral() && version.intValue() == 1
                && persisted.get("sha256Hash") instanceof JsonString hash
                && SHA256.matcher(hash.getString()).matches()) {
            return hash.getString();
        }
        throw RequestRefused.http(400, "BAD_REQUEST",
                "extensions.persistedQuery needs \"version\": 1 and a \"sha256Hash\" of 64 lower-case hex digits.");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Trusted documents: a JSON map of id (or hash) to document, .graphql files, or a folder of either. */
    private static Map<String, String> load(Path path) {
        Map<String, String> documents = new HashMap<>();
        try {
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.toString().endsWith(".json")) {
                    try (JsonReader reader = GraphQLRequestReader.JSON.createReader(new StringReader(text))) {
                        reader.readObject().forEach((id, document) -> {
                            String body = ((JsonString) document).getString();
                            documents.put(id, body);
                            documents.put(sha256(body), body);
                        });
                    }
                } else if (file.toString().endsWith(".graphql") || file.toString().endsWith(".gql")) {
                    documents.put(sha256(text), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted documents at " + path, e);
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("No trusted documents in " + path + " (.json maps or .graphql files)");
        }
        return Map.copyOf(documents);
    }
}
