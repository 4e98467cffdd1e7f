package floor;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** One query, answered without the database: the first answer marks the end of the start. */
@GraphQLApi
public class HelloQuery {
    @Query
    public String hello() {
        return "hello";
    }
}
