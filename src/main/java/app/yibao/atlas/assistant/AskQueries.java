package app.yibao.atlas.assistant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.search.SearchQueries;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;

/** One question in, the policy slices that answer it out: the entry point for chatbot backends. */
@GraphQLApi
public class AskQueries {

    @Inject
    Assistant assistant;

    @Query
    @NonBlocking
    @Description("Answers a person's question in Chinese or English (深圳出国定居了医保余额能取出来吗? / Can I withdraw "
            + "my Shenzhen balance if I emigrate?) with the slices that answer it, their citations and a disclaimer.")
    public @NonNull Answer ask(@Name("question") @NonNull String question) throws InvalidArgumentException {
        SearchQueries.requireText("question", question);
        return assistant.ask(question.strip());
    }
}
