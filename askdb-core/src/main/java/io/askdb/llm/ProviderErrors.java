package io.askdb.llm;

import com.azure.core.exception.HttpResponseException;
import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.HttpException;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.llm.ProviderHttpClient.ProviderHttpException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The one boundary where provider failures become askdb's: whatever LangChain4j, the Azure SDK or
 * Resilience4j throws is translated here into a {@link LlmUnavailableException} whose
 * {@link Reason} decides retry, breaker and fallback. HTTP statuses map by {@link #reasonFor(int)}.
 */
final class ProviderErrors {

    private ProviderErrors() {}

    /** The status table: 429 rate limited; 408 and 5xx server; 401/403 key; 404 model; other 4xx request. */
    static Reason reasonFor(int status) {
        if (status == 429) {
            return Reason.RATE_LIMITED;
        }
        if (status == 408 || status >= 500) {
            return Reason.SERVER_ERROR;
        }
        if (status == 401 || status == 403) {
            return Reason.AUTHENTICATION;
        }
        if (status == 404) {
            return Reason.MODEL_NOT_FOUND;
        }
        return Reason.BAD_REQUEST;
    }

    static LlmUnavailableException translate(Throwable failure, String model) {
        if (failure instanceof LlmUnavailableException known) {
            return known;
        }
        if (failure instanceof CallNotPermittedException) {
            return new LlmUnavailableException(Reason.CIRCUIT_OPEN, model, 0, Optional.empty(),
                    model + " skipped: its circuit is open after repeated failures", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProviderHttpException http) {
                return http(model, http.statusCode(), retryAfter(http.header("retry-after-ms"),
                        http.header("retry-after")), http.getMessage(), failure);
            }
            if (t instanceof HttpResponseException azure && azure.getResponse() != null) {
                return http(model, azure.getResponse().getStatusCode(),
                        retryAfter(azure.getResponse().getHeaderValue("retry-after-ms"),
                                azure.getResponse().getHeaderValue("retry-after")),
                        azure.getMessage(), failure);
            }
            if (t instanceof HttpException http) {
                return http(model, http.statusCode(), Optional.empty(), http.getMessage(), failure);
            }
            if (t instanceof TimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new LlmUnavailableException(Reason.TIMEOUT, model, 0, Optional.empty(),
                        model + " did not answer in time", failure);
            }
            if (t instanceof JacksonException) {
                return malformed(model, failure);
            }
            if (t instanceof IOException || t instanceof UnresolvedAddressException) {
                return new LlmUnavailableException(Reason.CONNECTION, model, 0, Optional.empty(),
                        model + " unreachable: " + t, failure);
            }
        }
        // Anything else is the client failing on an answer it did not expect (no choices, wrong shape).
        return malformed(model, failure);
    }

    private static LlmUnavailableException http(String model, int status, Optional<Duration> retryAfter, String body,
            Throwable failure) {
        String detail = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return new LlmUnavailableException(reasonFor(status), model, status, retryAfter,
                model + " answered HTTP " + status + (detail.isBlank() ? "" : ": " + detail.strip()), failure);
    }

    private static LlmUnavailableException malformed(String model, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return new LlmUnavailableException(Reason.MALFORMED_RESPONSE, model, 0, Optional.empty(),
                model + " sent an answer the client could not read (" + root.getClass().getSimpleName() + what + ")",
                failure);
    }

    /**
     * The wait a provider asks for: {@code retry-after-ms} (OpenAI, Azure) first, then
     * {@code Retry-After} in seconds or as an HTTP date. Unreadable values are ignored.
     */
    static Optional<Duration> retryAfter(String millisHeader, String header) {
        return retryAfter(millisHeader, header, Instant.now());
    }

    static Optional<Duration> retryAfter(String millisHeader, String header, Instant now) {
        try {
            if (millisHeader != null && !millisHeader.isBlank()) {
                return Optional.of(Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(millisHeader.trim())))));
            }
            if (header == null || header.isBlank()) {
                return Optional.empty();
            }
            String value = header.trim();
            if (value.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
            }
            Duration untilDate = Duration.between(now,
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(untilDate.isNegative() ? Duration.ZERO : untilDate);
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
