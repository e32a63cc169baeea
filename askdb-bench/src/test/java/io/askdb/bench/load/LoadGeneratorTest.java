package io.askdb.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private final AtomicInteger served = new AtomicInteger();
    private final HttpServer server = start();

    /** A stand-in for POST /api/query: the first question is a cache hit, any other fails. */
    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            http.createContext("/api/query", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                served.incrementAndGet();
                byte[] answer = (body.contains("cached") ? "{\"success\":true,\"tier\":\"cache\"}"
                        : "{\"success\":false,\"tier\":\"airplane\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void should_stop_at_the_request_bound_and_count_the_tier_of_every_answer() throws Exception {
        LoadResult result = new LoadGenerator(url(), List.of("a cached question"))
                .run(3, Duration.ZERO, Duration.ofSeconds(30), 40);

        assertThat(result.requests()).isEqualTo(40);
        assertThat(result.tiers()).isEqualTo(Map.of("cache", 40L));
        assertThat(result.errors()).isZero();
        assertThat(result.percentileMs(50)).isPositive().isLessThanOrEqualTo(result.percentileMs(100));
        assertThat(served.get()).isEqualTo(40);
    }

    @Test
    void should_count_failed_answers_as_errors() throws Exception {
        LoadResult result = new LoadGenerator(url(), List.of("unknown"))
                .run(1, Duration.ZERO, Duration.ofSeconds(30), 5);

        assertThat(result.errors()).isEqualTo(5);
        assertThat(result.tiers()).isEqualTo(Map.of("error", 5L));
    }

    @Test
    void should_tell_which_tier_answers_each_question_when_probing() throws Exception {
        assertThat(new LoadGenerator(url(), List.of("a cached question", "unknown")).probe())
                .containsExactly(Map.entry("a cached question", "cache"), Map.entry("unknown", "error"));
    }
}
