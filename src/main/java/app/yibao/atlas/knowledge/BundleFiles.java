package app.yibao.atlas.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The files of a knowledge bundle, read from the class path once, and their checksum: path and bytes of
 * {@code bundle.yaml}, the region list, the sources file, each source document and each region file, in the order
 * the bundle lists them. Reading and hashing them is cheap; checking them (YAML, every quote against its document)
 * is not, so a start whose checksum PostgreSQL already holds skips the check ({@link KnowledgeBootstrap}).
 */
public final class BundleFiles {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final String root;
    private final Map<String, byte[]> contents = new HashMap<>();
    private final MessageDigest digest;
    private final String checksum;

    private BundleFiles(String root) {
        this.root = root;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        JsonNode bundle = yaml(hash(root + "/bundle.yaml"));
        hash(DivisionsFile.RESOURCE);
        hash(EnglishNamesFile.RESOURCE);
        JsonNode sources = yaml(hash(root + "/" + bundle.path("sources").asText("sources.yaml")));
        sources.path("sources").forEach(source -> {
            String id = source.path("id").asText("");
            if (!id.isBlank()) {
                hash(root + "/sources/" + id);
            }
        });
        bundle.path("regions").forEach(file -> hash(root + "/" + file.asText()));
        checksum = HexFormat.of().formatHex(digest.digest());
    }

    /** Reads the bundle under a class-path folder, e.g. {@link BundleReader#DEFAULT_ROOT}. */
    public static BundleFiles read(String root) {
        return new BundleFiles(root);
    }

    /** The class-path folder the bundle is in. */
    public String root() {
        return root;
    }

    public String checksum() {
        return checksum;
    }

    /** A file's bytes; null when it is missing. */
    byte[] bytes(String path) {
        return contents.containsKey(path) ? contents.get(path) : classPathFile(path);
    }

    private byte[] hash(String path) {
        if (contents.containsKey(path)) {
            return contents.get(path); // listed twice: hashed once
        }
        byte[] content = classPathFile(path);
        contents.put(path, content);
        if (content != null) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        }
        return content;
    }

    /** The YAML of a listing file, or nothing when it is missing or broken: the bundle's check reports that. */
    private static JsonNode yaml(byte[] content) {
        try {
            JsonNode node = content == null ? null : YAML.readTree(content);
            return node == null ? YAML.missingNode() : node;
        } catch (IOException e) {
            return YAML.missingNode();
        }
    }

    private static byte[] classPathFile(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " from the class path", e);
        }
    }
}
