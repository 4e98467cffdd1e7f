package app.yibao.atlas.http;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and caching of the GraphQL HTTP endpoint; every value can be set by an environment variable. */
@ConfigMapping(prefix = "atlas.graphql")
public interface GraphQLHttpConfig {

    /** Largest POST body accepted, in bytes. */
    @WithDefault("65536")
    int maxBodyBytes();

    /** Most operations one document may define. */
    @WithDefault("5")
    int maxOperations();

    /** Most aliased fields in one document. */
    @WithDefault("30")
    int maxAliases();

    /** Most times one field (by response name) may be selected under the same parent. */
    @WithDefault("3")
    int maxFieldRepeats();

    /** Deepest nesting of fields, fragments expanded. */
    @WithDefault("15")
    int maxDepth();

    /** Most fields selected by the operation, fragments expanded. */
    @WithDefault("300")
    int maxFields();

    /** Most directives in one document (@include, @skip…), fragments counted once. */
    @WithDefault("50")
    int maxDirectives();

    /**
     * Whether {@code __schema} and {@code __type} may be queried. On by default: the API is public and its schema is
     * published at /graphql/schema.graphql anyway; a deployment that wants clients to use only known operations may
     * turn it off (the published schema stays).
     */
    @WithDefault("true")
    boolean introspection();

    /** Most lexical tokens in one document. */
    @WithDefault("5000")
    int maxTokens();

    /** Longest time an operation may run before the client is answered with EXECUTION_TIMEOUT. */
    @WithDefault("10s")
    Duration timeout();

    /** How long browsers and caches may reuse a GET answer (Cache-Control max-age). */
    @WithDefault("5m")
    Duration cacheMaxAge();

    /**
     * Memory kept for answers already given, served again to the same request while the knowledge and the day
     * stay the same; 0 turns it off.
     */
    @WithDefault("16M")
    MemorySize answerCache();

    /**
     * Whether query operations run as compiled plans over the snapshot (the engine still answers what a plan does
     * not cover, and every error); false sends every request through the engine.
     */
    @WithDefault("true")
    boolean compiledPlans();

    /**
     * Memory for automatic persisted queries (queries registered by their SHA-256, then sent by hash alone);
     * 0 turns the protocol off.
     */
    @WithDefault("4M")
    MemorySize persistedQueries();

    /**
     * Trusted documents: a file or folder of the only operations this server runs (a JSON map of id to document, as
     * GraphQL Codegen or Relay write it, or .graphql files). Unset: any document is run.
     */
    Optional<String> trustedDocuments();
}
