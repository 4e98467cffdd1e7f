package app.yibao.atlas.knowledge;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At start-up (after Flyway has migrated the schema): applies the bundled knowledge to PostgreSQL if this version
 * is new, after checking it, and loads the snapshot that serves reads. An invalid bundle stops the start with a
 * message naming every problem. A version PostgreSQL already holds was checked when it was applied (and by the
 * test suite before that), so a restart only reads and hashes the files.
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
        BundleFiles files = BundleFiles.read(BundleReader.DEFAULT_ROOT);
        if (syntheticFactor <= 1 && applier.isApplied(files.checksum())) {
            LOG.infof("Knowledge bundle %s is already applied", files.checksum().substring(0, 12));
        } else {
            KnowledgeBundle bundle = BundleReader.read(files);
            if (syntheticFactor > 1) {
                LOG.warnf("Growing the knowledge %d-fold with synthetic facts: for benchmarks, never for production",
                        syntheticFactor);
                bundle = SyntheticKnowledge.grow(bundle, syntheticFactor);
            }
            applier.apply(bundle);
        }
        refresher.loadNow();
    }
}
