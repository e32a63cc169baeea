package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database breaker with a database that can be switched off, a real pool in front of it, and
 * probes run by hand: what touches the pool and the database while the breaker is open.
 */
class DatabaseBreakerTest {

    /** Long, so that a wait bounded by it rather than by the request's remaining time shows. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private final SwitchableDatabase database = new SwitchableDatabase();
    private final HandDrivenProbes probes = new HandDrivenProbes();
    private final AtomicInteger poolAsked = new AtomicInteger();
    private DatabaseBreaker breaker;
    private HikariDataSource pool;
    private Supplier<HikariPool> countedPool;

    @BeforeEach
    void open() {
        breaker = new DatabaseBreaker("breaker-test", CONNECT_TIMEOUT, database, probes);
        HikariConfig config = new HikariConfig();
        config.setPoolName("breaker-test");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setDataSource(new ObservedDataSource(database, breaker));
        pool = new HikariDataSource(config);
        countedPool = () -> {
            poolAsked.incrementAndGet();
            return (HikariPool) pool.getHikariPoolMXBean();
        };
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void should_refuse_every_request_without_asking_the_pool_or_the_database_while_open() throws Exception {
        openBreaker();
        int attemptsBefore = database.attempts.get();

        int refused = 0;
        for (int i = 0; i < 200; i++) {
            try {
                breaker.connect(countedPool, Duration.ofSeconds(2), () -> "").close();
            } catch (AskDbException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
                assertThat(e.retryable()).isTrue();
                refused++;
            }
        }

        assertThat(refused).isEqualTo(200);
        assertThat(poolAsked.get()).as("times the pool was asked for a connection").isZero();
        assertThat(database.attempts.get()).as("connection attempts on the database").isEqualTo(attemptsBefore);
        assertThat(pool.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
    }

    @Test
    void should_leave_probing_to_one_background_probe_however_many_requests_are_refused() throws Exception {
        openBreaker();
        int attemptsBefore = database.attempts.get();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> refusals = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                refusals.add(clients.submit(() -> {
                    int refused = 0;
                    for (int i = 0; i < 500; i++) {
                        try {
                            breaker.connect(countedPool, Duration.ofSeconds(2), () -> "").close();
                        } catch (AskDbException e) {
                            refused++;
                        }
                    }
                    return refused;
                }));
            }
            int refused = 0;
            for (Future<Integer> f : refusals) {
                refused += f.get();
            }
            assertThat(refused).isEqualTo(4_000);
        } finally {
            clients.shutdownNow();
        }

        assertThat(probes.pending()).as("probes pending after 4,000 refusals").isEqualTo(1);
        assertThat(database.attempts.get()).isEqualTo(attemptsBefore);
        assertThat(poolAsked.get()).isZero();

        probes.runNext(); // the database is still down: one attempt, open again, one new probe
        assertThat(database.attempts.get()).isEqualTo(attemptsBefore + 1);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(probes.pending()).isEqualTo(1);
        assertThat(probes.delays()).allMatch(d -> d.equals(DatabaseBreaker.OPEN_FOR));
    }

    @Test
    void should_close_on_a_successful_probe_and_serve_from_the_pool_again() throws Exception {
        openBreaker();
        database.up = true;

        probes.runNext();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(probes.pending()).isZero();
        try (Connection connection = breaker.connect(countedPool, Duration.ofSeconds(2), () -> "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(poolAsked.get()).isEqualTo(1);
    }

    @Test
    void should_wait_for_a_connection_no_longer_than_the_request_may() {
        // Closed breaker, busy pool: the wait is bounded by the request's remaining time, not the connect timeout.
        database.up = true;
        Duration remaining = Duration.ofMillis(120);
        List<Connection> held = new ArrayList<>();
        try {
            held.add(breaker.connect(countedPool, remaining, () -> ""));
            held.add(breaker.connect(countedPool, remaining, () -> ""));
            long start = System.nanoTime();
            assertThatThrownBy(() -> breaker.connect(countedPool, remaining, () -> ""))
                    .isInstanceOf(SQLException.class);
            // Bounded by the 60 s connect timeout otherwise; the margin is for a loaded machine.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            held.forEach(c -> {
                try {
                    c.close();
                } catch (SQLException e) {
                    // closing a pooled connection
                }
            });
        }
    }

    /** Three refused connection attempts of the pool open the breaker, as with a database gone away. */
    private void openBreaker() {
        database.up = false;
        for (int i = 0; i < DatabaseBreaker.FAILURES_TO_OPEN; i++) {
            assertThatThrownBy(() -> breaker.connect(countedPool, Duration.ofSeconds(2), () -> "").close())
                    .isInstanceOfAny(AskDbException.class, SQLException.class);
            if (breaker.state() == CircuitBreaker.State.OPEN) {
                break;
            }
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(probes.pending()).isEqualTo(1);
        poolAsked.set(0);
    }

    /** Probes queued by the breaker, run when the test says so. */
    private static final class HandDrivenProbes implements ProbeScheduler {
        private final List<Runnable> queued = new ArrayList<>();
        private final List<Duration> delays = new ArrayList<>();

        @Override
        public synchronized void schedule(Runnable probe, Duration after) {
            queued.add(probe);
            delays.add(after);
        }

        synchronized int pending() {
            return queued.size();
        }

        synchronized List<Duration> delays() {
            return List.copyOf(delays);
        }

        void runNext() {
            Runnable next;
            synchronized (this) {
                next = queued.remove(0);
            }
            next.run();
        }
    }

    /** An in-memory H2 database that refuses connections (as a stopped server does) while down. */
    private static final class SwitchableDatabase implements DataSource {
        volatile boolean up = true;
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            if (!up) {
                throw new SQLNonTransientConnectionException("Connection refused", "08001");
            }
            return DriverManager.getConnection("jdbc:h2:mem:breaker_test;DB_CLOSE_DELAY=-1");
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
