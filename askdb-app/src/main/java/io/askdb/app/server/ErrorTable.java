package io.askdb.app.server;

import com.fasterxml.jackson.core.JacksonException;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryResponse;
import io.javalin.http.HttpResponseException;
import java.util.Map;

/**
 * The one place where failures become HTTP statuses: an error code maps to a status by
 * {@link #STATUS}, and an exception maps to an error code by {@link #errorOf(Exception)}.
 *
 * <p>Codes split three ways: the caller's mistake (4xx), the environment (503/504: retry later),
 * a bug (500). A question the pipeline could not answer (no answer, a rejected or failing SQL, a
 * clarification) is not an HTTP failure: its response object says {@code success: false} with 200.
 */
final class ErrorTable {

    static final Map<String, Integer> STATUS = Map.ofEntries(
            // the caller's mistakes
            Map.entry("INVALID_QUESTION", 400),
            Map.entry("INVALID_CONVERSATION", 400),
            Map.entry("INVALID_REQUEST", 400),
            Map.entry("MALFORMED_JSON", 400),
            Map.entry("UNAUTHORIZED", 401),
            Map.entry("FORBIDDEN", 403),
            Map.entry("NOT_FOUND", 404),
            Map.entry("UNKNOWN_DATABASE", 404),
            Map.entry("METHOD_NOT_ALLOWED", 405),
            Map.entry("REQUEST_TOO_LARGE", 413),
            Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
            Map.entry("RATE_LIMITED", 429),
            // questions that got an honest "could not answer"
            Map.entry("SQL_REJECTED", 200),
            Map.entry("SQL_FAILED", 200),
            Map.entry("NO_ANSWER", 200),
            Map.entry("CLARIFICATION_NEEDED", 200),
            Map.entry("LLM_BAD_ANSWER", 200),
            // the environment: the same request may succeed later
            Map.entry("DATABASE_UNAVAILABLE", 503),
            Map.entry("LLM_UNAVAILABLE", 503),
            Map.entry("OVERLOADED", 503),
            Map.entry("QUERY_TIMEOUT", 504),
            // bugs
            Map.entry("INTERNAL", 500));

    private static final Map<Integer, String> CODE_OF_HTTP_STATUS = Map.of(
            400, "INVALID_REQUEST",
            401, "UNAUTHORIZED",
            403, "FORBIDDEN",
            404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED",
            413, "REQUEST_TOO_LARGE",
            415, "UNSUPPORTED_MEDIA_TYPE",
            429, "RATE_LIMITED");

    private ErrorTable() {}

    static int status(String code) {
        return STATUS.getOrDefault(code, 500);
    }

    /** The status of a response object: 200 on success, else its error code's. */
    static int status(QueryResponse response) {
        return response.success() || response.error() == null ? 200 : status(response.error().code());
    }

    /** The error a client sees for an exception; messages of unexpected exceptions stay in the log. */
    static ErrorInfo errorOf(Exception e) {
        if (e instanceof ApiException api) {
            return new ErrorInfo(api.code(), api.getMessage());
        }
        if (e instanceof AskDbException askdb) {
            return ErrorInfo.of(askdb);
        }
        if (e instanceof JacksonException json) {
            return new ErrorInfo("MALFORMED_JSON", "the request body is not valid JSON: " + json.getOriginalMessage());
        }
        if (e instanceof HttpResponseException http) {
            return new ErrorInfo(codeOf(http.getStatus()), http.getMessage());
        }
        return new ErrorInfo("INTERNAL", "internal error (" + e.getClass().getSimpleName() + "); see the server log");
    }

    /** The error code for a status the web framework set by itself (no endpoint, body too large). */
    static String codeOf(int status) {
        return CODE_OF_HTTP_STATUS.getOrDefault(status, status >= 500 ? "INTERNAL" : "INVALID_REQUEST");
    }

    /** Whether the exception is one we expect (a client's mistake or an outage) rather than a bug. */
    static boolean expected(Exception e) {
        return e instanceof ApiException || e instanceof AskDbException || e instanceof JacksonException
                || e instanceof HttpResponseException;
    }
}
