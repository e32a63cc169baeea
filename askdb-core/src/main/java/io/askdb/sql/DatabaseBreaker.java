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
 *   <li>While open it refuses at once with {@link ErrorCode#DATABASE_UNAVAILABLE} (retryable), and a
 *       request already waiting for a connection gives up within {@link #SLICE} of the opening.
 *   <li>After {@link #OPEN_FOR} the next request is the one trial: it opens one connection
 *       directly, outside the pool (others are refused meanwhile); success closes the breaker and
 *       the request goes on, failure opens it again. A database that returns is thus found again
 *       within about {@code OPEN_FOR} plus one connection, well under a second.
 * </ul>
 *
 * <p>Concurrency: shared by every request on the database. The Resilience4j breaker is thread-safe
 * and holds all the state; {@code lastFailure} is a volatile description for messages only.
 */
final class DatabaseBreaker {

    static final int FAILURES_TO_OPEN = 3;
    static final Duration OPEN_FOR = Duration.ofMillis(250);
    /** How often a request waiting for a connection looks whether the breaker opened meanwhile. */
    static final Duration SLICE = Duration.ofMillis(50);
    /** What a client refused by an open breaker is told to wait, in whole seconds (HTTP's Retry-After). */
    static final int RETRY_AFTER_SECONDS = 1;

    private final String database;
    private final CircuitBreaker breaker;
    private final Duration connectTimeout;
    private volatile String lastFailure = "no failure yet";

    DatabaseBreaker(String database, Duration connectTimeout) {
        this.database = database;
        this.connectTimeout = connectTimeout;
        this.breaker = CircuitBreaker.of("database:" + database, CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(FAILURES_TO_OPEN)
                .minimumNumberOfCalls(FAILURES_TO_OPEN)
                .failureRateThreshold(100)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    /**
     * A connection from {@code pool}, or an {@link AskDbException} at once while the breaker is open.
     *
     * @throws SQLException when no connection came within the connect timeout (or the trial's wait)
     */
    Connection connect(Supplier<HikariPool> pool, DataSource probe, Supplier<String> poolState) throws SQLException {
        if (!breaker.tryAcquirePermission()) {
            throw refusal(poolState.get());
        }
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            trial(probe, poolState);
        }
        long start = System.nanoTime();
        long deadline = start + connectTimeout.toNanos();
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
                if (breaker.getState() == CircuitBreaker.State.OPEN) {
                    breaker.releasePermission();
                    throw refusal(poolState.get());
                }
            } catch (SQLException | RuntimeException e) {
                failed(System.nanoTime() - start, e);
                throw e;
            }
        }
    }

    /**
     * The half-open trial: one connection opened directly, outside the pool, whose outcome the
     * {@code probe} (an {@link ObservedDataSource}) records, closing or reopening the breaker. The
     * pool is not asked while the database is down, so its own retry pauses (which grow to seconds
     * while anyone waits on it) never delay the moment the database is found back.
     */
    private void trial(DataSource probe, Supplier<String> poolState) {
        try (Connection connection = probe.getConnection()) {
            // reached: the probe closed the breaker; the request goes on to the pool
        } catch (SQLException | RuntimeException e) {
            if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
                breaker.releasePermission();
            }
            throw refusal(poolState.get());
        }
    }

    /** Throws the refusal while the breaker is open; a request that may try the database passes. */
    void ensureClosed(Supplier<String> poolState) {
        if (!breaker.tryAcquirePermission()) {
            throw refusal(poolState.get());
        }
        breaker.releasePermission();
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

    private AskDbException refusal(String poolState) {
        return new AskDbException(ErrorCode.DATABASE_UNAVAILABLE, true, "database '" + database
                + "' is unavailable: its circuit is open after " + FAILURES_TO_OPEN
                + " connection failures in a row (last: " + lastFailure + "); askdb refuses its questions at once and"
                + " tries it again every " + OPEN_FOR.toMillis() + " ms; retry in " + RETRY_AFTER_SECONDS + " s"
                + poolState);
    }
}
