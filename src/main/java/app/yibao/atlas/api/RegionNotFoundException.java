package app.yibao.atlas.api;

import io.smallrye.graphql.api.ErrorCode;

/** No region has the name or code a client asked for. */
@ErrorCode("REGION_NOT_FOUND")
public class RegionNotFoundException extends ApiException {

    public RegionNotFoundException(String what, String value) {
        super("No region with " + what + " \"" + value + "\". Use a GB/T 2260 code such as 440300, "
                + "a Chinese name such as 深圳 or 深圳市, or a pinyin name such as Shenzhen; "
                + "the regions query lists them all.");
    }
}
