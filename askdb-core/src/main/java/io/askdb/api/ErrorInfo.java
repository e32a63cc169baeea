package io.askdb.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The response's {@code error}: a stable code, a message in plain sentences and, where they help,
 * example questions that do work on this database ({@code examples}, left out of the JSON when empty).
 */
public record ErrorInfo(
        String code, String message, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> examples) {

    public ErrorInfo {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    public ErrorInfo(String code, String message) {
        this(code, message, List.of());
    }

    public static ErrorInfo of(ErrorCode code, String message) {
        return new ErrorInfo(code.name(), message);
    }

    public static ErrorInfo of(AskDbException e) {
        return of(e.code(), e.getMessage());
    }

    /** This error with example questions to try instead. */
    public ErrorInfo withExamples(List<String> questions) {
        return new ErrorInfo(code, message, questions);
    }
}
