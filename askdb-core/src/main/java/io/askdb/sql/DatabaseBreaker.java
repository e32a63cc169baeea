package io.askdb.sql;

import com.zaxxer.hikari.pool.HikariPool;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The circuit breaker of one database (Resilience4j), in front of its connection pool, so that a
 * database that is down costs its questions a millisecond instead of the pool's connection wait.
 *
 * <ul>
 *   <li>It opens after {@value #FAILURES_TO_OPEN} failures in a row: connection attempts the pool
 *       makes (seen through {@link ObservedDataSource}, so it opens within tens of milliseconds of
 *       the first refused connection), connections lost in the middle of a statement, and waits for
 *       a connection that ran out.
 *   <li>While it is not closed every request is refused at once with
 *       {@link ErrorCode#DATABASE_UNAVAILABLE} (retryable) without asking the pool, and a request
 *       already waiting for a connection gives up within {@link #SLICE} of the opening.
 *   <li>No request ever probes. {@link #OPEN_FOR} after each opening a background probe (one at a
 *       time, on the {@link ProbeScheduler}) half-opens the breaker and opens one connection
 *       directly, outside the pool: success closes the breaker, failure opens it again and
 *       schedules the next probe. A database that returns is found again within about
 *       {@code OPEN_FOR} plus one connection.
 * </ul>
 *
 * <p>Concurrency: shared by every request on the database. The Resilience4j breaker is thread-safe
 * and holds the state; {@code probeScheduled} makes sure at most one probe is pending or running;
 * {@code lastFailure} is a volatile description for messages only.
 */
final class DatabaseBreaker {

    static final int FAILURES_TO_OPEN = 3;
    static final Duration OPEN_FOR = Duration.ofMillis(200);
    /** How often a request waiting for a connection looks whether the breaker opened meanwhile. */
    static final Duration SLICE = Duration.ofMillis(50);
    /** What a client refused by an open breaker is told to wait, in whole seconds (HTTP's Retry-After). */
    static final int RETRY_AFTER_SECONDS = 1;

    private final String database;
    private final CircuitBreaker breaker;
    private final Duration connectTimeout;
    private final DataSource probeSource;
    private final ProbeScheduler scheduler;
    private final AtomicBoolean probeScheduled = new AtomicBoolean();
    private volatile String lastFailure = "no failure yet";

    /**
     * @param probeSource opens connections directly, outside the pool, for the background probe
     * @param scheduler runs the probe after a pause
     */
    DatabaseBreaker(String database, Duration connectTimeout, DataSource probeSource, ProbeScheduler scheduler) {
        this.database = database;
        this.connectTimeout = connectTimeout;
        this.probeSource = probeSource;
        this.scheduler = scheduler;
        this.breaker = CircuitBreaker.of("database:" + database, CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(FAILURES_TO_OPEN)
                .minimumNumberOfCalls(FAILURES_TO_OPEN)
                .failureRateThreshold(100)
                // Only the probe leaves the open state; a request never half-opens the breaker.
                .waitDurationInOpenState(Duration.ofDays(365))
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                scheduleProbe();
            }
        });
    }

    /**
     * A connection from {@code pool}, or an {@link AskDbException} at once while the breaker is not
     * closed; the pool is not asked then.
     *
     * @param maxWait the longest this request may wait for a connection (its remaining time); the
     *     connect timeout bounds it too
     * @throws SQLException when no connection came in time
     */
    Connection connect(Supplier<HikariPool> pool, Duration maxWait, Supplier<String> poolState) throws SQLException {
        ensureClosed(poolState);
        long start = System.nanoTime();
        long deadline = start + Math.min(connectTimeout.toNanos(), Math.max(0, maxWait.toNanos()));
        while (true) {
            long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                Connection connection = pool.get().getConnection(Math.max(1, Math.min(SLICE.toMillis(), leftMs)));
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return connection;
            } catch (SQLTransientConnectionException e) {
                if (deadline - System.nanoTime() <= 0) {
                    failed(System.nanoTime() - start, e);
                    throw e;
                }
                ensureClosed(poolState);
            } catch (SQLException | RuntimeException e) {
                failed(System.nanoTime() - start, e);
                throw e;
            }
        }
    }

    /** Throws the refusal unless the breaker is closed. */
    void ensureClosed(Supplier<String> poolState) {
        if (breaker.getState() != CircuitBreaker.State.CLOSED) {
            throw refusal(poolState.get());
        }
    }

    /** A connection attempt of the pool, or a statement, found the database unreachable. */
    void failed(long nanos, Throwable e) {
        lastFailure = String.valueOf(e.getMessage());
        breaker.onError(nanos, TimeUnit.NANOSECONDS, e);
    }

    /** The pool opened a new connection: the database is reachable. */
    void connected(long nanos) {
        breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private void scheduleProbe() {
        if (probeScheduled.compareAndSet(false, true)) {
            scheduler.schedule(this::probe, OPEN_FOR);
        }
    }

    /**
     * The half-open trial, off every request: one connection opened directly, outside the pool, so
     * the pool's own retry pauses (which grow to seconds) never delay finding the database back.
     * Its outcome closes the breaker or opens it again, which schedules the next probe.
     */
    private void probe() {
        probeScheduled.set(false);
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            return; // closed meanwhile (a pool connection got through)
        }
        try {
            breaker.transitionToHalfOpenState();
            long start = System.nanoTime();
            try (Connection connection = probeSource.getConnection()) {
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            } catch (SQLException | RuntimeException e) {
                failed(System.nanoTime() - start, e);
            }
            if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
                breaker.transitionToOpenState(); // no outcome was counted; keep probing
            }
        } finally {
            if (breaker.getState() == CircuitBreaker.State.OPEN) {
                scheduleProbe(); // a no-op when reopening scheduled it already
            }
        }
    }

    private AskDbException refusal(String poolState) {
        return new AskDbException(ErrorCode.DATABASE_UNAVAILABLE, true, "database '" + database
                + "' is unavailable: its circuit is open after " + FAILURES_TO_OPEN
                + " connection failures in a row (last: " + lastFailure + "); askdb refuses its questions at once and"
                + " tries it again in the background every " + OPEN_FOR.toMillis() + " ms; retry in "
                + RETRY_AFTER_SECONDS + " s" + poolState);
    }
}
