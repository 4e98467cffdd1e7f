package app.yibao.atlas.knowledge;

import java.util.Optional;

import org.jboss.logging.Logger;

import app.yibao.atlas.facts.CitationEntity;
import app.yibao.atlas.facts.FactEntity;
import app.yibao.atlas.regions.RegionEntity;
import app.yibao.atlas.sources.SourceEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Holds the current {@link KnowledgeSnapshot}; the one place that reads the knowledge from PostgreSQL. */
@ApplicationScoped
public class KnowledgeStore {

    private static final Logger LOG = Logger.getLogger(KnowledgeStore.class);

    private volatile KnowledgeSnapshot snapshot;

    public KnowledgeSnapshot current() {
        KnowledgeSnapshot current = snapshot;
        if (current == null) {
            throw new IllegalStateException("The knowledge snapshot has not been loaded yet");
        }
        return current;
    }

    /** The snapshot, once it has been loaded. */
    public Optional<KnowledgeSnapshot> loaded() {
        return Optional.ofNullable(snapshot);
    }

    /** Rebuilds the snapshot with four statements, whatever the size of the knowledge. */
    @Transactional
    public KnowledgeSnapshot reload() {
        long start = System.nanoTime();
        KnowledgeSnapshot fresh = new KnowledgeSnapshot(
                RegionEntity.listAll(Sort.by("code")),
                SourceEntity.listAll(Sort.by("id")),
                FactEntity.list("retired = false", Sort.by("regionCode").and("position").and("id")),
                CitationEntity.listAll(Sort.by("factId").and("position")));
        snapshot = fresh;
        LOG.infof("Knowledge snapshot loaded: %d regions, %d facts in %d ms", fresh.regions().size(),
                fresh.factCount(), (System.nanoTime() - start) / 1_000_000);
        return fresh;
    }
}
