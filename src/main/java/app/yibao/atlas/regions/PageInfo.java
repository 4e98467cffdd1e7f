package app.yibao.atlas.regions;

import org.eclipse.microprofile.graphql.Description;

public record PageInfo(boolean hasNextPage, @Description("Pass as 'after' to get the next page.") String endCursor) {
}
