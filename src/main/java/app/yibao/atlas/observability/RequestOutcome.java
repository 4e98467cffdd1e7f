package app.yibao.atlas.observability;

import java.util.Locale;

/** How a GraphQL request ended, as logged and counted. */
public enum RequestOutcome {
    /** Answered with data and no error. */
    OK,
    /** Executed; the answer carries errors (e.g. REGION_NOT_FOUND) beside what could be answered. */
    GRAPHQL_ERRORS,
    /** The document does not parse or validate: nothing was executed. */
    INVALID,
    /** Refused before execution: a limit, a wrong method, media type or body. */
    REFUSED,
    /** A conditional GET whose answer the client already has (304). */
    NOT_MODIFIED,
    /** Not answered within the execution timeout. */
    TIMEOUT,
    /** An unexpected server failure. */
    FAILED;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
