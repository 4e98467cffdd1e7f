package app.yibao.atlas.sources;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A document that facts cite. */
@Description("A document that policy facts cite.")
public record Source(
        @NonNull @Description("The document's file name in the source collection.") String id,
        @NonNull String title,
        String publisher,
        @Description("The date the document states for itself, when it states one.") LocalDate publishedOn,
        @Description("How far the document can be trusted, and why.") String reliability) {
}
