package app.yibao.atlas.api;

import java.util.List;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.ErrorCode;

import app.yibao.atlas.regions.Region;

/** A name that fits several regions of the same level, e.g. Suzhou for 苏州市 and 宿州市. */
@ErrorCode("AMBIGUOUS_REGION")
public class AmbiguousRegionException extends ApiException {

    public AmbiguousRegionException(String name, List<Region> candidates) {
        super("\"" + name + "\" names " + candidates.size() + " regions: "
                + candidates.stream().map(region -> region.name() + " (" + region.code() + ")")
                        .collect(Collectors.joining(", "))
                + ". Use the Chinese name or the code.");
    }
}
