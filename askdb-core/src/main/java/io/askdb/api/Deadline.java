package io.askdb.api;

import java.time.Duration;

/**
 * The moment a request must be answered by: every wait on its behalf (a turn in the server's queue,
 * a pooled connection, a statement, a model's answer) is cut to the time that is left, so no
 * thread stays parked for a request longer than the request's own time limit.
 *
 * <p>The current request's deadline travels with its thread ({@link #current()}, set with
 * {@link #enter}): the pool, the statement executor and the model endpoints read it where they
 * wait, without every layer between the server and them passing it along. Work a request hands to
 * another thread does not see it and keeps its own limits. With no deadline entered,
 * {@link #current()} is {@link #NONE} and every wait keeps its configured limit.
 */
@Internal
public final class Deadline {

    /** No deadline: {@link #cap} returns its argument. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long atNanos;
    private final Duration limit;

    private Deadline(long atNanos, Duration limit) {
        this.atNanos = atNanos;
        this.limit = limit;
    }

    /** A deadline {@code limit} from now. */
    public static Deadline in(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a request's time limit must be positive, was " + limit);
        }
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    /** The deadline of the request this thread works for, or {@link #NONE}. */
    public static Deadline current() {
        Deadline current = CURRENT.get();
        return current == null ? NONE : current;
    }

    /** Makes {@code deadline} this thread's until the returned scope closes (then the previous one is back). */
    public static Scope enter(Deadline deadline) {
        Deadline previous = CURRENT.get();
        CURRENT.set(deadline);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Restores the previous deadline; closing never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The earlier of the two. */
    public Deadline min(Deadline other) {
        return other.atNanos - atNanos < 0 ? other : this;
    }

    /** Time left, zero once passed; {@code Duration.ofNanos(Long.MAX_VALUE)} for {@link #NONE}. */
    public Duration remaining() {
        if (this == NONE) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        long left = atNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    public boolean passed() {
        return this != NONE && atNanos - System.nanoTime() <= 0;
    }

    /** The shorter of {@code limit} and the time left. */
    public Duration cap(Duration limit) {
        Duration left = remaining();
        return left.compareTo(limit) < 0 ? left : limit;
    }

    /** The whole time limit this deadline was set with (for messages); zero for {@link #NONE}. */
    public Duration limit() {
        return limit;
    }
}
