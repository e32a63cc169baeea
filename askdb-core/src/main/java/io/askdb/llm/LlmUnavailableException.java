package io.askdb.llm;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import java.time.Duration;
import java.util.Optional;

/**
 * No model could answer: the pipeline hands the question to the next tier. {@link #reason()} says
 * what went wrong; {@link #retryable()} whether the same question may succeed later.
 */
public final class LlmUnavailableException extends AskDbException {

    private static final long serialVersionUID = 1L;

    /**
     * What went wrong, with what askdb does about it. This is the one table of provider failures:
     * whether a further attempt is made at once (with backoff), whether the failure counts towards
     * opening the model's circuit, and whether the question may succeed later.
     */
    public enum Reason {
        /** HTTP 429. */
        RATE_LIMITED(true, true, true),
        /** HTTP 5xx or 408. */
        SERVER_ERROR(true, true, true),
        /** Refused, reset or closed connection, or an unknown host. */
        CONNECTION(true, true, true),
        /** No answer within the call's time limit; not retried, the question has waited long enough. */
        TIMEOUT(false, true, true),
        /** HTTP 401 or 403: the key is wrong; the same call fails until the configuration changes. */
        AUTHENTICATION(false, true, false),
        /** HTTP 404: no such model or deployment. */
        MODEL_NOT_FOUND(false, true, false),
        /** Another HTTP 4xx: this request was refused (too long, bad parameter); the provider is up. */
        BAD_REQUEST(false, false, false),
        /** A body the client could not read (not JSON, cut short, no choices). */
        MALFORMED_RESPONSE(false, true, true),
        /** A well-formed answer without text (a reasoning model that spent all its tokens thinking). */
        EMPTY_ANSWER(false, false, true),
        /** The model's circuit is open: it failed repeatedly and is skipped for a while, no request sent. */
        CIRCUIT_OPEN(false, false, true),
        /**
         * The request's own time limit ran out before or during the call: it says nothing about the
         * provider, so it never counts towards the circuit.
         */
        DEADLINE(false, false, true);

        private final boolean retriedAtOnce;
        private final boolean countsTowardsBreaker;
        private final boolean retryableLater;

        Reason(boolean retriedAtOnce, boolean countsTowardsBreaker, boolean retryableLater) {
            this.retriedAtOnce = retriedAtOnce;
            this.countsTowardsBreaker = countsTowardsBreaker;
            this.retryableLater = retryableLater;
        }

        /** Whether askdb makes a further attempt within the same call. */
        public boolean retriedAtOnce() {
            return retriedAtOnce;
        }

        /** Whether the failure counts towards opening the model's circuit. */
        public boolean countsTowardsBreaker() {
            return countsTowardsBreaker;
        }
    }

    private final Reason reason;
    private final String model;
    private final int statusCode;
    private final Duration retryAfter;

    LlmUnavailableException(Reason reason, String model, int statusCode, Optional<Duration> retryAfter, String message,
            Throwable cause) {
        super(ErrorCode.LLM_UNAVAILABLE, reason.retryableLater, message, cause);
        this.reason = reason;
        this.model = model;
        this.statusCode = statusCode;
        this.retryAfter = retryAfter.orElse(null);
    }

    /** The same failure with a message that tells the whole story of the call. */
    LlmUnavailableException withMessage(String message) {
        LlmUnavailableException copy = new LlmUnavailableException(reason, model, statusCode, retryAfter(), message,
                getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public Reason reason() {
        return reason;
    }

    /** The model that failed last. */
    public String model() {
        return model;
    }

    /** The provider's HTTP status, or 0 when there was no HTTP answer. */
    public int statusCode() {
        return statusCode;
    }

    /** How long the provider asked to wait (Retry-After), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
