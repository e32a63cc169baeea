package io.askdb.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.testing.ExternalServices;
import io.askdb.testing.H2Databases;
import io.askdb.testing.TcpProxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Two askdb servers in one JVM sharing the real local Redis under a key prefix of this test's own,
 * so parallel runs never meet. Pub/sub is asynchronous: the tests wait (bounded) for its effects.
 */
class RedisCacheIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String prefix = "askdb-it-" + UUID.randomUUID() + ":";
    private final List<AskDb> servers = new ArrayList<>();
    private String shop;

    @BeforeEach
    void setUp() throws Exception {
        ExternalServices.requireRedis();
        shop = H2Databases.create(null,
                "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50))",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(10, 2))",
                "CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(100), price DECIMAL(10, 2))",
                "INSERT INTO customers VALUES (1, 'Ana', 'France'), (2, 'Luc', 'France'), (3, 'Eva', 'Spain')",
                "INSERT INTO orders VALUES (1, 1, 120.50), (2, 1, 80.00), (3, 3, 15.25)",
                "INSERT INTO products VALUES (1, 'Road Bike', 1200.00), (2, 'Helmet', 45.00)");
    }

    @AfterEach
    void tearDown() throws Exception {
        servers.forEach(AskDb::close);
        if (shop != null) {
            execute(shop, "DROP ALL OBJECTS");
        }
        try (Jedis jedis = new Jedis("127.0.0.1", 6379)) {
            ScanParams match = new ScanParams().match(prefix + "*").count(1000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    jedis.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }

    private AskDb server(String redisUrl) {
        AskDb askdb = AskDb.builder()
                .config(AskDbConfig.fromMap(Map.of("DATABASE_URL", shop, "REDIS_URL", redisUrl)))
                .redisKeyPrefix(prefix)
                .build();
        servers.add(askdb);
        return askdb;
    }

    private AskDb server() {
        return server(ExternalServices.REDIS_URL);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static QueryResponse ask(AskDb askdb, String question) {
        return askdb.ask(QueryRequest.of(question));
    }

    private static long entries(AskDb askdb, String level) {
        return askdb.cache().stats().levels().get(level).entries();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void should_serve_on_one_server_an_answer_computed_by_the_other() {
        AskDb one = server();
        AskDb two = server();
        assertThat(one.cache().stats().distributed()).isEqualTo("up");

        QueryResponse computed = ask(one, "how many customers are there");
        QueryResponse shared = ask(two, "How many customers are there?");

        assertThat(computed.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(shared.tier()).isEqualTo(TierName.CACHE);
        assertThat(shared.rows()).isEqualTo(computed.rows()).containsExactly(List.of(3L));
        assertThat(shared.sql()).isEqualTo(computed.sql());
        assertThat(two.cache().stats().hits()).isEqualTo(1);
    }

    @Test
    void should_share_the_analysis_level() {
        AskDb one = server();
        AskDb two = server();

        String first = one.analysisCache().get("links:customers", String.class, () -> "CUSTOMERS");
        String second = two.analysisCache().get("links:customers", String.class, () -> "computed again");

        assertThat(first).isEqualTo("CUSTOMERS");
        assertThat(second).isEqualTo("CUSTOMERS");
    }

    @Test
    void should_empty_both_servers_when_one_clears() {
        AskDb one = server();
        AskDb two = server();
        ask(one, "how many customers are there");
        ask(two, "how many customers are there");
        assertThat(entries(two, "results")).isEqualTo(1);

        one.cache().clear();

        await("the clear reached the other server", () -> entries(two, "results") == 0);
        assertThat(ask(two, "how many customers are there").tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(entries(one, "results")).as("only the new answer, stored by the other server").isZero();
    }

    @Test
    void should_invalidate_a_table_on_every_server() throws Exception {
        AskDb one = server();
        AskDb two = server();
        ask(one, "how many customers are there");
        ask(one, "how many products are there");
        ask(two, "how many customers are there");
        ask(two, "how many products are there");
        execute(shop, "INSERT INTO customers VALUES (4, 'Jan', 'Poland')");

        int removed = one.cache().invalidateTable("customers");

        assertThat(removed).as("level 1 and 2 entries of one question").isEqualTo(2);
        await("the invalidation reached the other server", () -> entries(two, "results") == 1);
        QueryResponse fresh = ask(two, "how many customers are there");
        assertThat(fresh.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(fresh.rows()).containsExactly(List.of(4L));
        assertThat(ask(two, "how many products are there").tier()).isEqualTo(TierName.CACHE);
    }

    @Test
    void should_find_a_question_stored_by_the_other_server_semantically() {
        AskDb one = server();
        AskDb two = server();

        ask(one, "how many customers are there");
        await("the stored question reached the other server's index", () -> entries(two, "semantic") == 1);
        // A paraphrase the fast path declines: one it answers never reaches the similar stage.
        QueryResponse paraphrase = ask(two, "customers: how many do we have");

        assertThat(paraphrase.tier()).isEqualTo(TierName.CACHE);
        assertThat(paraphrase.details().get("cache")).isEqualTo(
                Map.of("kind", "semantic", "level", "results", "matchedQuestion", "how many customers are there"));
    }

    @Test
    void should_keep_answering_through_a_redis_outage_and_rejoin_by_itself() throws Exception {
        try (TcpProxy proxy = new TcpProxy("127.0.0.1", 6379)) {
            AskDb behindProxy = server("redis://127.0.0.1:" + proxy.port());
            AskDb direct = server();
            assertThat(ask(behindProxy, "how many customers are there").tier()).isEqualTo(TierName.FAST_PATH);

            proxy.stop();
            QueryResponse cached = ask(behindProxy, "how many customers are there");
            QueryResponse computed = ask(behindProxy, "how many products are there");

            assertThat(cached.tier()).isEqualTo(TierName.CACHE);
            assertThat(computed.success()).isTrue();
            assertThat(computed.tier()).isEqualTo(TierName.FAST_PATH);
            await("the outage is noticed", () -> "down".equals(behindProxy.cache().stats().distributed()));

            proxy.start();
            await("reconnected by itself", () -> "up".equals(behindProxy.cache().stats().distributed()));
            assertThat(ask(behindProxy, "how many customers are there").tier())
                    .as("served from Redis after the local level was cleared on reconnecting")
                    .isEqualTo(TierName.CACHE);
            assertThat(entries(behindProxy, "results")).isEqualTo(1);

            direct.cache().invalidateTable("customers");
            await("events reach the reconnected server", () -> entries(behindProxy, "results") == 0);
            servers.remove(behindProxy);
            behindProxy.close();
        }
    }
}
