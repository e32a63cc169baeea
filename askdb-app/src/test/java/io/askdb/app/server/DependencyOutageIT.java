package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static io.askdb.app.server.TestServer.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import io.askdb.testing.ExternalServices;
import io.askdb.testing.TcpProxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A slice of the chaos benchmark over HTTP: the default database is the real PostgreSQL behind a
 * TCP proxy the test cuts ({@value #DATABASE}, a database of this test's own); a second database
 * (H2) and the cache stay up. While PostgreSQL is down its questions get 503 with Retry-After from
 * the database's circuit breaker, without waiting for the pool's connection timeout; cache hits and
 * the other database keep answering; after the proxy returns, answers come back by themselves.
 */
class DependencyOutageIT {

    static final String DATABASE = "askdb_i21_outage_it";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    private static final String QUESTION = "How many customers are there?";

    private TcpProxy proxy;
    private TestServer server;

    @BeforeAll
    static void createDatabase() throws SQLException {
        ExternalServices.requirePostgres();
        try (Connection c = DriverManager.getConnection(ExternalServices.POSTGRES_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: made by an earlier run
                throw e;
            }
        }
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS customers");
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50), country VARCHAR(30))");
            s.execute("INSERT INTO customers VALUES (1, 'Ana', 'France'), (2, 'Ben', 'France'), (3, 'Carla', 'Spain')");
        }
    }

    @BeforeEach
    void start() throws Exception {
        proxy = new TcpProxy("127.0.0.1", 5432);
        // A long connection wait: a refusal that comes quicker than it did not wait for the pool. The user
        // goes in the URL, so that the second database (H2, sharing the other settings) keeps its own.
        server = TestServer.start(Map.of(
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE + "?user=postgres",
                "ASKDB_DENY_COLUMNS", "", "ASKDB_CONNECT_TIMEOUT", "20",
                "LLM_PROVIDER", "none", "ASKDB_RATE_LIMIT", "0"));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        proxy.close();
    }

    private HttpResponse<String> ask(boolean noCache) {
        return server.postJson("/api/query", Json.compact(Map.of("question", QUESTION, "noCache", noCache)));
    }

    @Test
    void should_refuse_at_once_while_the_database_is_down_keep_serving_the_cache_and_others_and_recover_by_itself()
            throws Exception {
        JsonNode before = json(ask(false));
        assertThat(before.get("success").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.get("rows").get(0).get(0).asInt()).isEqualTo(3);

        proxy.stop();
        // The first questions find the database gone (connections cut, connection attempts refused)
        // and open its breaker; from then on every one is refused at once.
        HttpResponse<String> refused = askUntil(r -> r.statusCode() == 503
                && json(r).path("error").path("message").asText().contains("circuit is open"), Duration.ofSeconds(30));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode error = json(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(error.get("message").asText()).contains("database 'default' is unavailable")
                .contains("connection failures in a row").contains("retry in 1 s");

        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            HttpResponse<String> again = ask(true);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(503);
            assertThat(took).as("refused without waiting for the 20 s connection timeout").isLessThan(Duration.ofSeconds(5));
        }

        assertThat(server.get("/metrics").body()).contains("askdb_database_circuit_state{database=\"default\"} 2.0")
                .contains("askdb_database_circuit_state{database=\"inventory\"} 0.0");

        JsonNode cached = json(ask(false));
        assertThat(cached.get("success").asBoolean()).as(cached.toString()).isTrue();
        assertThat(cached.get("tier").asText()).isEqualTo("cache");
        assertThat(cached.get("rows").get(0).get(0).asInt()).isEqualTo(3);
        JsonNode other = json(server.postJson("/api/query", question("How many warehouses are there?", "inventory")));
        assertThat(other.get("success").asBoolean()).as(other.toString()).isTrue();
        assertThat(other.get("rows").get(0).get(0).asInt()).isEqualTo(2);

        proxyStart();
        HttpResponse<String> back = askUntil(r -> r.statusCode() == 200, Duration.ofSeconds(10));
        JsonNode answer = json(back);
        assertThat(answer.get("success").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.get("tier").asText()).isEqualTo("fast_path");
        assertThat(answer.get("rows").get(0).get(0).asInt()).isEqualTo(3);
    }

    private void proxyStart() {
        try {
            proxy.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Asks (cache off) every 20 ms until {@code done} holds or the bound passes (liveness, not speed). */
    private HttpResponse<String> askUntil(java.util.function.Predicate<HttpResponse<String>> done, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        HttpResponse<String> response = ask(true);
        while (!done.test(response)) {
            assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
            assertThat(System.nanoTime()).as("within " + bound + ": " + response.body()).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            response = ask(true);
        }
        return response;
    }
}
