package app.yibao.atlas.knowledge;

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

    @Inject
    BundleApplier applier;

    @Inject
    KnowledgeRefresher refresher;

    void onStart(@Observes StartupEvent event) {
        applier.apply(BundleReader.read(BundleReader.DEFAULT_ROOT));
        refresher.loadNow();
    }
}
