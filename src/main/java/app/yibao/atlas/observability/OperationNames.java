package app.yibao.atlas.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Operation names as metric tags and log fields. Clients choose them, so the set is bounded: a name that is not a
 * GraphQL name becomes "invalid", a name beyond the first {@code capacity} distinct ones becomes "other".
 */
final class OperationNames {

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final int capacity;

    OperationNames(int capacity) {
        this.capacity = capacity;
    }

    String tagFor(String operationName) {
        if (operationName == null) {
            return "anonymous";
        }
        if (!GRAPHQL_NAME.matcher(operationName).matches()) {
            return "invalid";
        }
        if (known.contains(operationName) || (known.size() < capacity && known.add(operationName))) {
            return operationName;
        }
        return "other";
    }
}
