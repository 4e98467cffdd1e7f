package app.yibao.atlas.http;

import app.yibao.atlas.observability.RequestOutcome;

/**
 * A request refused before execution: the HTTP status to answer with (or, when {@code requestError}, the status
 * chosen by the response media type, as for an invalid document), a stable code and a message a client can act on.
 */
final class RequestRefused extends RuntimeException {

    final int status;
    final String code;
    final boolean requestError;
    final RequestOutcome outcome;

    private RequestRefused(int status, String code, String message, boolean requestError, RequestOutcome outcome) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.requestError = requestError;
        this.outcome = outcome;
    }

    /** The HTTP request itself is wrong: method, media type, body. */
    static RequestRefused http(int status, String code, String message) {
        return new RequestRefused(status, code, message, false, RequestOutcome.REFUSED);
    }

    /** The document is over a limit: answered like a validation error. */
    static RequestRefused limit(String code, String message) {
        return new RequestRefused(400, code, message, true, RequestOutcome.REFUSED);
    }

    /** The document does not parse, or cannot be validated: an invalid document, answered as such. */
    static RequestRefused invalid(String code, String message) {
        return new RequestRefused(400, code, message, true, RequestOutcome.INVALID);
    }
}
