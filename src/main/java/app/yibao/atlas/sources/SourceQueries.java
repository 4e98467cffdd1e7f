package app.yibao.atlas.sources;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.yibao.atlas.knowledge.KnowledgeStore;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;

@GraphQLApi
public class SourceQueries {

    @Inject
    KnowledgeStore store;

    @Query
    @NonBlocking
    @Description("Every document the knowledge cites, with its date and how far to trust it.")
    public @NonNull List<@NonNull Source> sources() {
        return store.current().sources();
    }
}
