package app.yibao.atlas.api;

/**
 * An error a client can act on. Subclasses carry a stable code (SmallRye's {@code @ErrorCode}) that reaches the
 * client as {@code extensions.code}; the message is shown as it is, so it must name the bad value and say what
 * would be right.
 */
public abstract class ApiException extends Exception {

    protected ApiException(String message) {
        super(message);
    }
}
