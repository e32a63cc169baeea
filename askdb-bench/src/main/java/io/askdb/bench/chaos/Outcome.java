package io.askdb.bench.chaos;

/**
 * How one request ended, as a client sees it.
 *
 * @param kind what was asked (see {@link Traffic.Kind})
 * @param label {@code right}, {@code wrong}, {@code degraded_right}, {@code degraded_different},
 *     {@code http_500}, {@code io_error}, or a refusal as {@code "503 DATABASE_UNAVAILABLE"}
 * @param nanos latency
 * @param atNanos when it ended ({@link System#nanoTime()})
 * @param serverMs the time askdb says it spent ({@code elapsedMs} of the response), -1 when it did
 *     not say: the rest of {@code nanos} is HTTP, the queue for a CPU and the client itself
 */
record Outcome(Traffic.Kind kind, String label, long nanos, long atNanos, double serverMs) {

    static final String RIGHT = "right";
    /** An answer whose value has no reference (the soak's ever-new questions). */
    static final String ANSWERED = "answered";
    static final String WRONG = "wrong";
    static final String DEGRADED_RIGHT = "degraded_right";
    static final String DEGRADED_DIFFERENT = "degraded_different";
    static final String HTTP_500 = "http_500";
    static final String IO_ERROR = "io_error";

    boolean right() {
        return label.equals(RIGHT);
    }

    /** A refusal: an honest "not now" or "could not", never an answer. */
    boolean refused() {
        return Character.isDigit(label.charAt(0));
    }

    /** What must never happen: a wrong answer presented as right, or a server error. */
    boolean bad() {
        return label.equals(WRONG) || label.equals(HTTP_500);
    }
}
