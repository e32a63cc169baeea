package io.askdb.api;


/** The response's {@code error}: a stable code and a message in plain words. */
public record ErrorInfo(String code, String message) {

    public static ErrorInfo of(ErrorCode code, String message) {
        return new ErrorInfo(code.name(), message);
    }

    public static ErrorInfo of(AskDbException e) {
        return of(e.code(), e.getMessage());
    }
}
