package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static io.askdb.app.server.TestServer.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** ASKDB_RATE_LIMIT over HTTP, with the server's clock held still and advanced by the test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private TestServer server;

    @BeforeAll
    void start() {
        Ticker ticker = nanos::get;
        server = TestServer.start(Map.of("ASKDB_API_KEYS", "alice:key-alice-1234,bob:key-bob-5678", "ASKDB_RATE_LIMIT", "3"),
                ticker);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void should_answer_429_with_retry_after_when_a_key_sends_more_than_its_limit() {
        for (int i = 0; i < 3; i++) {
            assertThat(ask("key-alice-1234").statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }

        HttpResponse<String> limited = ask("key-alice-1234");
        HttpResponse<String> otherKey = ask("key-bob-5678");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).get("error").get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("20");
        assertThat(otherKey.statusCode()).isEqualTo(200);

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(ask("key-alice-1234").statusCode()).isEqualTo(200);
        assertThat(ask("key-alice-1234").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> ask(String key) {
        return server.postJson("/api/query", question("how many customers are there"), "Authorization", "Bearer " + key);
    }
}
