package app.yibao.atlas.regions;

import org.eclipse.microprofile.graphql.NonNull;

public record RegionEdge(@NonNull String cursor, @NonNull Region node) {
}
