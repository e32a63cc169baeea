package io.askdb.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.H2Databases;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A REDIS_URL nobody listens on: askdb starts, answers and caches locally, and reports Redis down. */
class UnreachableRedisTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void should_keep_answering_from_the_local_level_when_redis_is_unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String shop = H2Databases.create(null,
                "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50))",
                "INSERT INTO customers VALUES (1, 'Ana', 'France'), (2, 'Luc', 'France'), (3, 'Eva', 'Spain')");
        try (AskDb askdb = AskDb.builder()
                .config(AskDbConfig.fromMap(Map.of("DATABASE_URL", shop, "REDIS_URL", "redis://127.0.0.1:" + closedPort)))
                .ticker(nanos::get)
                .build()) {
            QueryResponse first = askdb.ask(QueryRequest.of("how many customers are there"));
            QueryResponse again = askdb.ask(QueryRequest.of("how many customers are there"));

            assertThat(first.success()).isTrue();
            assertThat(first.tier()).isEqualTo(TierName.FAST_PATH);
            assertThat(again.tier()).isEqualTo(TierName.CACHE);
            assertThat(askdb.cache().stats().distributed()).isEqualTo("down");
        }
    }
}
