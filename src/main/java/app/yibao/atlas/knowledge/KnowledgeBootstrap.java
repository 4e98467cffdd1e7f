package app.yibao.atlas.knowledge;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At start-up (after Flyway has migrated the schema): validates the bundled knowledge, applies it to PostgreSQL
 * if this version is new, and loads the snapshot that serves reads. An invalid bundle stops the start with a
 * message naming every problem.
 */
@ApplicationScoped
public class KnowledgeBootstrap {

    private static final Logger LOG = Logger.getLogger(KnowledgeBootstrap.class);

    @Inject
    BundleApplier applier;

    @Inject
    KnowledgeRefresher refresher;

    /** Benchmarks only: grows the knowledge N-fold with generated facts (see {@link SyntheticKnowledge}). */
    @ConfigProperty(name = "atlas.knowledge.synthetic-factor", defaultValue = "1")
    int syntheticFactor;

    void onStart(@Observes StartupEvent event) {
        KnowledgeBundle bundle = BundleReader.read(BundleReader.DEFAULT_ROOT);
        if (syntheticFactor > 1) {
            LOG.warnf("Growing the knowledge %d-fold with synthetic facts: for benchmarks, never for production",
                    syntheticFactor);
            bundle = SyntheticKnowledge.grow(bundle, syntheticFactor);
        }
        applier.apply(bundle);
        refresher.loadNow();
    }
}
