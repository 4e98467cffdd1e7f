package app.yibao.atlas.regions;

import java.util.List;
import java.util.regex.Pattern;

import app.yibao.atlas.api.AmbiguousRegionException;
import app.yibao.atlas.api.InvalidArgumentException;
import app.yibao.atlas.api.RegionNotFoundException;
import app.yibao.atlas.knowledge.KnowledgeSnapshot;

/** Turns the region arguments clients send (a code or a name) into a region, or a clear error. */
public final class RegionCodes {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    private RegionCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static Region byCode(KnowledgeSnapshot knowledge, String argument, String code)
            throws InvalidArgumentException, RegionNotFoundException {
        String trimmed = code.strip();
        if (!isWellFormed(trimmed)) {
            throw new InvalidArgumentException(argument, code,
                    "A region code is the six-digit GB/T 2260 code, e.g. 440300 for 深圳市 or 000000 for the nation.");
        }
        return knowledge.region(trimmed).orElseThrow(() -> new RegionNotFoundException("code", trimmed));
    }

    public static Region byName(KnowledgeSnapshot knowledge, String argument, String name)
            throws InvalidArgumentException, RegionNotFoundException, AmbiguousRegionException {
        if (name.isBlank()) {
            throw new InvalidArgumentException(argument, name, "Give a region name such as 深圳, 深圳市 or Shenzhen.");
        }
        List<Region> found = knowledge.regionsNamed(name);
        if (found.isEmpty()) {
            throw new RegionNotFoundException("name", name.strip());
        }
        if (found.size() > 1) {
            throw new AmbiguousRegionException(name.strip(), found);
        }
        return found.get(0);
    }

    /** A name or a code: six digits are read as a code, anything else as a name. */
    public static Region byNameOrCode(KnowledgeSnapshot knowledge, String argument, String value)
            throws InvalidArgumentException, RegionNotFoundException, AmbiguousRegionException {
        return isWellFormed(value.strip()) ? byCode(knowledge, argument, value) : byName(knowledge, argument, value);
    }
}
