package io.askdb.api;

/**
 * The root of every failure askdb reports. {@link #retryable()} tells the caller whether the same
 * request may succeed later (a database or provider that is down) or not (a rejected statement).
 */
public class AskDbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final boolean retryable;

    public AskDbException(ErrorCode code, boolean retryable, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public AskDbException(ErrorCode code, boolean retryable, String message) {
        this(code, retryable, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
