package io.askdb.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.testing.ExternalServices;
import io.askdb.testing.H2Databases;
import io.askdb.testing.TcpProxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Redis disappearing and coming back while eight threads keep asking (RedisCacheIT covers the
 * one-request view): every answer during the outage is still a success with the right rows, and the
 * cache reports Redis up again by itself.
 */
class RedisFaultIT {

    private static final Map<String, List<List<Object>>> QUESTIONS = Map.of(
            "How many customers are there?", List.of(List.of(3L)),
            "How many orders are there?", List.of(List.of(4L)));

    @Test
    void should_keep_answering_correctly_while_redis_goes_away_and_comes_back() throws Exception {
        ExternalServices.requireRedis();
        try (TcpProxy proxy = new TcpProxy("127.0.0.1", 6379);
                AskDb askdb = AskDb.builder()
                        .config(AskDbConfig.fromMap(Map.of("DATABASE_URL", H2Databases.shop(),
                                "REDIS_URL", "redis://127.0.0.1:" + proxy.port())))
                        .redisKeyPrefix("askdb-reliability-" + UUID.randomUUID() + ":")
                        .build()) {
            assertThat(askdb.cache().stats().distributed()).isEqualTo("up");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<String> questions = List.copyOf(QUESTIONS.keySet());
            for (int t = 0; t < 8; t++) {
                int offset = t;
                threads.submit(() -> {
                    for (int i = offset; running.get(); i++) {
                        String question = questions.get(i % questions.size());
                        QueryResponse r = askdb.ask(QueryRequest.of(question));
                        served.incrementAndGet();
                        if (!r.success() || !r.question().equals(question) || !r.rows().equals(QUESTIONS.get(question))) {
                            wrong.add(r.toString());
                        }
                    }
                });
            }
            awaitServed(served, 50);
            proxy.stop();
            await("the outage is noticed", () -> "down".equals(askdb.cache().stats().distributed()));
            awaitServed(served, served.get() + 200);
            proxy.start();
            await("reconnected by itself", () -> "up".equals(askdb.cache().stats().distributed()));
            awaitServed(served, served.get() + 50);
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(wrong).as("wrong or failed answers").isEmpty();
            assertThat(served.get()).isGreaterThanOrEqualTo(300);
        }
    }

    private static void awaitServed(AtomicInteger served, int count) {
        await(count + " answers served", () -> served.get() >= count);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
