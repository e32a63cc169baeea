package io.askdb.app.server;

import java.util.Map;

/**
 * A request the server refuses, with the stable {@code error.code} the client sees. The HTTP
 * status comes from {@link ErrorTable}, never from the thrower.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Map<String, String> headers;

    ApiException(String code, String message) {
        this(code, message, Map.of());
    }

    ApiException(String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    String code() {
        return code;
    }

    /** Headers the answer must carry (Retry-After, WWW-Authenticate). */
    Map<String, String> headers() {
        return headers;
    }
}
