package io.askdb.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import io.askdb.testing.ExternalServices;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.askdb.testing.TcpProxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Database faults through the whole pipeline on the real PostgreSQL, reached through a TCP proxy the
 * test controls: the database refusing connections, a connection cut in the middle of a query, a
 * query past the statement timeout. The data lives in a database of this test's own
 * ({@value #DATABASE}); a server-side statement_timeout there stops any query a cut connection
 * leaves running.
 */
class DatabaseFaultIT {

    static final String DATABASE = "askdb_reliability_it";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    /** A billion rows to count: far beyond a one-second statement timeout, and guarded as a plain read. */
    private static final String SLOW_SQL = "SELECT COUNT(*) AS combinations FROM big a CROSS JOIN big b CROSS JOIN big c";
    private static final String GOOD_SQL = "SELECT COUNT(*) AS customers FROM customers";

    private TcpProxy proxy;
    private OpenAiStubServer stub;
    private AskDb askdb;

    @BeforeAll
    static void createDatabase() throws SQLException {
        ExternalServices.requirePostgres();
        try (Connection c = DriverManager.getConnection(ExternalServices.POSTGRES_URL, "postgres", "");
                Statement s = c.createStatement()) {
            try {
                s.execute("CREATE DATABASE " + DATABASE);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: made by an earlier run
                    throw e;
                }
            }
            s.execute("ALTER DATABASE " + DATABASE + " SET statement_timeout = '20s'");
        }
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS customers, big");
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50), country VARCHAR(30))");
            s.execute("INSERT INTO customers VALUES (1, 'Ana', 'France'), (2, 'Ben', 'France'), (3, 'Carla', 'Spain')");
            s.execute("CREATE TABLE big (n INT PRIMARY KEY)");
            s.execute("INSERT INTO big SELECT generate_series(1, 1000)");
            s.execute("ANALYZE customers");
            s.execute("ANALYZE big");
        }
    }

    @BeforeEach
    void start() throws Exception {
        proxy = new TcpProxy("127.0.0.1", 5432);
        stub = OpenAiStubServer.start();
        stub.otherwise(request -> sql(GOOD_SQL));
    }

    @AfterEach
    void stop() throws Exception {
        if (askdb != null) {
            askdb.close();
        }
        stub.close();
        proxy.close();
        cancelLeftovers();
    }

    private AskDb open(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE,
                "DATABASE_USER", "postgres", "ASKDB_CONNECT_TIMEOUT", "1",
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_MAX_CORRECTION_ATTEMPTS", "0"));
        env.putAll(extra);
        askdb = AskDb.builder().config(AskDbConfig.fromMap(env)).build();
        return askdb;
    }

    private static Reply sql(String sql) {
        return Reply.chat("```sql\n" + sql + "\n```", 200, 20);
    }

    private QueryResponse ask(String question) {
        return askdb.ask(QueryRequest.of(question).withNoCache(true));
    }

    /** Asks every 50 ms until an answer comes or the bound passes (a liveness bound, not a speed target). */
    private QueryResponse askUntilAnswered(String question, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        QueryResponse response = ask(question);
        while (!response.success() && System.nanoTime() < deadline) {
            assertThat(response.error().code()).isEqualTo("DATABASE_UNAVAILABLE");
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            response = ask(question);
        }
        return response;
    }

    private static TierReport report(QueryResponse r, TierName tier) {
        return r.tiers().stream().filter(t -> t.tier() == tier).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tier + " entry in " + r.tiers()));
    }

    @Test
    void should_report_the_database_unavailable_in_words_and_reconnect_by_itself_when_it_returns() throws Exception {
        open(Map.of());
        QueryResponse before = ask("How many customers are there?");
        assertThat(before.success()).as(before.toString()).isTrue();
        assertThat(before.rows()).containsExactly(List.of(3L));

        proxy.stop();
        long start = System.nanoTime();
        QueryResponse down = ask("How many customers are there?");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(down.success()).as(down.toString()).isFalse();
        assertThat(down.error().code()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(down.error().message()).containsIgnoringCase("connection").contains("askdb-default");
        assertThat(down.rows()).isEmpty();
        assertThat(waited).as("bounded by the connect timeout, not hanging").isLessThan(Duration.ofSeconds(10));

        proxy.start();
        // The breaker refuses for a moment more (Retry-After), then its trial finds the database back.
        QueryResponse after = askUntilAnswered("How many customers are there?", Duration.ofSeconds(5));
        assertThat(after.success()).as(after.toString()).isTrue();
        assertThat(after.rows()).containsExactly(List.of(3L));
        assertThat(askdb.cache().stats().pools().get(AskDb.DEFAULT_DATABASE).total()).isPositive();
    }

    @Test
    void should_answer_from_a_lower_tier_and_say_the_connection_failed_when_it_is_cut_during_a_query() throws Exception {
        open(Map.of("FAST_PATH_CONFIDENCE", "1.01"));
        stub.otherwise(request -> sql(SLOW_SQL));

        CompletableFuture<QueryResponse> pending = CompletableFuture.supplyAsync(
                () -> ask("how many customers are there"));
        awaitRunning(SLOW_SQL.substring(0, 40));
        proxy.dropConnections();
        QueryResponse cut = pending.get(30, TimeUnit.SECONDS);

        assertThat(cut.success()).as(cut.toString()).isTrue();
        assertThat(cut.tier()).isEqualTo(TierName.AIRPLANE);
        assertThat(cut.degraded()).isTrue();
        assertThat(cut.rows()).containsExactly(List.of(3L));
        TierReport llm = report(cut, TierName.ORCHESTRATION);
        assertThat(llm.outcome()).isEqualTo("failed");
        assertThat(llm.reason()).containsIgnoringCase("connection");

        stub.otherwise(request -> sql(GOOD_SQL));
        QueryResponse after = ask("how many customers are there");
        assertThat(after.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(after.rows()).containsExactly(List.of(3L));
    }

    @Test
    void should_cancel_a_query_at_the_statement_timeout_and_say_so_in_words() throws Exception {
        open(Map.of("FAST_PATH_CONFIDENCE", "1.01", "ASKDB_STATEMENT_TIMEOUT", "1"));
        stub.otherwise(request -> sql(SLOW_SQL));

        long start = System.nanoTime();
        QueryResponse slow = ask("how many combinations of three big rows are there");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(waited).as("cancelled near the 1 s timeout").isLessThan(Duration.ofSeconds(15));
        TierReport llm = report(slow, TierName.ORCHESTRATION);
        assertThat(llm.outcome()).isEqualTo("failed");
        assertThat(llm.reason()).containsIgnoringCase("statement timeout").contains("57014");
        assertThat(slow.attempts().get(0).sql()).isEqualTo(SLOW_SQL);
        assertThat(slow.attempts().get(0).error()).startsWith("the query was cancelled (statement timeout)");
        // Airplane mode still finds a cheap reading of the question (a list of big), marked degraded.
        assertThat(slow.success()).as(slow.toString()).isTrue();
        assertThat(slow.tier()).isEqualTo(TierName.AIRPLANE);
        assertThat(slow.degraded()).isTrue();

        stub.otherwise(request -> sql(GOOD_SQL));
        QueryResponse after = ask("how many customers are there");
        assertThat(after.success()).as(after.toString()).isTrue();
        assertThat(after.rows()).containsExactly(List.of(3L));
    }

    /** Waits (bounded) until PostgreSQL runs a statement of this database starting with the text. */
    private static void awaitRunning(String sqlStart) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                var s = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ? "
                        + "AND state = 'active' AND pid <> pg_backend_pid() AND query ILIKE ?")) {
            s.setString(1, DATABASE);
            s.setString(2, "%CROSS JOIN%");
            while (true) {
                try (var rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("the slow query started: " + sqlStart).isLessThan(deadline);
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    /** Stops queries a cut connection left running, so they do not burden the shared server. */
    private static void cancelLeftovers() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE
                    + "' AND pid <> pg_backend_pid() AND state = 'active'");
        }
    }
}
