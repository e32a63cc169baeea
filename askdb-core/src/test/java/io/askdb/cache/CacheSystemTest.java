package io.askdb.cache;

import static io.askdb.cache.CacheFixtures.PARTITION_A;
import static io.askdb.cache.CacheFixtures.PARTITION_B;
import static io.askdb.cache.CacheFixtures.answer;
import static io.askdb.cache.CacheFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.QueryResponse;
import io.askdb.api.ErrorInfo;
import io.askdb.api.TierName;
import io.askdb.metrics.AskDbMeters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Levels 1 to 3 in process: TTLs on a fake clock, the size bound, cleanup, invalidation, statistics. */
class CacheSystemTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private CacheSystem cache = build(3600, 7200, 600, 100);

    private CacheSystem build(long queryTtl, long sqlTtl, long analysisTtl, int maxEntries) {
        return CacheSystem.builder(CacheFixtures.settings(queryTtl, sqlTtl, analysisTtl, maxEntries, 0.80))
                .ticker(nanos::get)
                .scheduler(scheduler)
                .backgroundExecutor(Runnable::run)
                .build();
    }

    @AfterEach
    void close() {
        cache.close();
        scheduler.shutdownNow();
    }

    private void advance(long seconds) {
        nanos.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }

    private void store(String partition, String question, String sql) {
        cache.put(query(partition, question), answer(question, sql, 42L));
    }

    @Test
    void should_expire_each_level_after_its_own_ttl() {
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");
        AtomicInteger loads = new AtomicInteger();
        cache.analysis().get("links:customers", String.class, () -> "CUSTOMERS#" + loads.incrementAndGet());

        advance(599);
        assertThat(cache.analysis().get("links:customers", String.class, () -> "reloaded")).isEqualTo("CUSTOMERS#1");
        advance(2);
        assertThat(cache.analysis().get("links:customers", String.class, () -> "reloaded")).isEqualTo("reloaded");

        CacheQuery again = query(PARTITION_A, "how many customers are there");
        advance(3600 - 601 - 1);
        assertThat(cache.findAnswer(again)).as("level 1 just before its TTL").isPresent();
        advance(2);
        assertThat(cache.findAnswer(query(PARTITION_A, "how many customers are there")))
                .as("level 1 after QUERY_CACHE_TTL").isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, "how many customers are there")))
                .as("level 2 lives on until SQL_CACHE_TTL").isPresent();
        advance(3600);
        assertThat(cache.findSql(query(PARTITION_A, "how many customers are there")))
                .as("level 2 after SQL_CACHE_TTL").isEmpty();
    }

    @Test
    void should_turn_a_level_off_when_its_ttl_is_zero() {
        cache.close();
        cache = build(0, 7200, 600, 100);
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");

        assertThat(cache.findAnswer(query(PARTITION_A, "how many customers are there"))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, "how many customers are there"))).isPresent();
    }

    @Test
    void should_store_without_embedding_in_the_background_when_told_not_to() {
        cache.close();
        AtomicInteger embedded = new AtomicInteger();
        cache = CacheSystem.builder(CacheFixtures.settings(3600, 7200, 600, 100, 0.80))
                .ticker(nanos::get)
                .scheduler(scheduler)
                .backgroundExecutor(Runnable::run)
                .embedder(question -> {
                    embedded.incrementAndGet();
                    return new float[] {1f};
                })
                .embedStoredQuestions(false)
                .build();

        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");

        assertThat(embedded).hasValue(0);
        assertThat(cache.stats().levels().get("semantic").entries()).isZero();
        assertThat(cache.stats().levels().get("results").entries()).isEqualTo(1);
    }

    @Test
    void should_evict_beyond_cache_max_entries_and_count_the_evictions() {
        cache.close();
        cache = build(3600, 7200, 600, 3);
        for (int i = 1; i <= 10; i++) {
            store(PARTITION_A, "how many orders has customer " + i, "SELECT COUNT(*) FROM orders WHERE customer_id = " + i);
        }
        cache.cleanUp();

        CacheStats.LevelStats results = cache.stats().levels().get("results");
        assertThat(results.entries()).isEqualTo(3);
        assertThat(results.evictions()).isEqualTo(7);
        assertThat(cache.stats().levels().get("sql").entries()).isEqualTo(3);
        assertThat(cache.stats().levels().get("semantic").entries()).isEqualTo(3);
    }

    @Test
    void should_schedule_the_cleanup_every_cache_cleanup_interval_and_drop_expired_entries_when_it_runs() {
        var task = scheduler.getQueue().peek();
        assertThat(task).isNotNull();
        assertThat(((java.util.concurrent.ScheduledFuture<?>) task).getDelay(TimeUnit.SECONDS)).isBetween(290L, 300L);

        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");
        advance(7201);
        assertThat(cache.levels().get(0).entries()).as("expired but not yet cleaned").isEqualTo(1);

        cache.cleanUp();

        CacheStats stats = cache.stats();
        assertThat(stats.levels().get("results").entries()).isZero();
        assertThat(stats.levels().get("sql").entries()).isZero();
        assertThat(stats.levels().get("results").evictions()).isEqualTo(1);
    }

    @Test
    void should_never_store_a_failure() {
        QueryResponse failed = new QueryResponse(false, "how many unicorns", null, TierName.AIRPLANE, null, null,
                List.of(), List.of(), 0, false, 1.0, 0, 0, 0, 0.0, true, null, List.of(),
                ErrorInfo.of(io.askdb.api.ErrorCode.NO_ANSWER, "no tier could answer"), List.of(), Map.of());

        cache.put(query(PARTITION_A, "how many unicorns"), failed);

        assertThat(cache.findAnswer(query(PARTITION_A, "how many unicorns"))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, "how many unicorns"))).isEmpty();
        assertThat(cache.stats().levels().get("results").entries()).isZero();
        assertThat(cache.stats().levels().get("semantic").entries()).isZero();
    }

    @Test
    void should_keep_scopes_apart() {
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");

        assertThat(cache.findAnswer(query(PARTITION_B, "how many customers are there"))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_B, "how many customers are there"))).isEmpty();
        assertThat(CacheKeys.partition("db|", List.of("s.t.secret"), "analyst"))
                .as("the deny-list is part of the partition")
                .isNotEqualTo(CacheKeys.partition("db|", List.of(), "analyst"));
    }

    @Test
    void should_invalidate_by_table_in_levels_one_and_two_and_leave_other_tables() {
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM PUBLIC.\"CUSTOMERS\"");
        store(PARTITION_A, "list orders with their customer",
                "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id");
        store(PARTITION_A, "how many products are there", "SELECT COUNT(*) FROM products");

        int removed = cache.invalidateTable("public.Customers");

        assertThat(removed).as("two questions in levels 1 and 2").isEqualTo(4);
        assertThat(cache.findAnswer(query(PARTITION_A, "how many customers are there"))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, "how many customers are there"))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, "list orders with their customer"))).isEmpty();
        assertThat(cache.findAnswer(query(PARTITION_A, "how many products are there"))).isPresent();
        assertThat(cache.stats().levels().get("semantic").entries()).isEqualTo(1);
    }

    @Test
    void should_invalidate_entries_of_sql_it_could_not_parse_on_any_table() {
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers WHERE ((");

        assertThat(cache.invalidateTable("orders")).isEqualTo(2);
    }

    @Test
    void should_invalidate_by_pattern_on_the_normalized_question() {
        store(PARTITION_A, "How many customers are there?", "SELECT COUNT(*) FROM customers");
        store(PARTITION_B, "how many customers in France", "SELECT COUNT(*) FROM customers WHERE country = 'France'");
        store(PARTITION_A, "list products", "SELECT * FROM products");

        int removed = cache.invalidatePattern("How many CUSTOMERS*");

        assertThat(removed).isEqualTo(4);
        assertThat(cache.findAnswer(query(PARTITION_A, "list products"))).isPresent();
        assertThat(cache.findAnswer(query(PARTITION_A, "how many customers are there"))).isEmpty();
    }

    @Test
    void should_clear_every_level() {
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");
        cache.analysis().get("k", String.class, () -> "v");

        cache.clear();

        CacheStats stats = cache.stats();
        assertThat(stats.levels().get("results").entries()).isZero();
        assertThat(stats.levels().get("sql").entries()).isZero();
        assertThat(stats.levels().get("analysis").entries()).isZero();
        assertThat(stats.levels().get("semantic").entries()).isZero();
    }

    @Test
    void should_count_hits_misses_and_memory() {
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");
        cache.findAnswer(query(PARTITION_A, "how many customers are there"));
        cache.findAnswer(query(PARTITION_A, "How many customers are there?"));
        CacheQuery miss = query(PARTITION_A, "how many products are there");
        cache.findAnswer(miss);
        cache.findSql(miss);

        CacheStats stats = cache.stats();
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.hitRate()).isEqualTo(2.0 / 3);
        assertThat(stats.levels().get("results").hits()).isEqualTo(2);
        assertThat(stats.levels().get("results").misses()).isEqualTo(1);
        assertThat(stats.levels().get("sql").misses()).isEqualTo(1);
        assertThat(stats.levels().get("results").estimatedBytes()).isBetween(300L, 10_000L);
        assertThat(stats.estimatedBytes()).isGreaterThan(stats.levels().get("results").estimatedBytes());
        assertThat(stats.distributed()).isEqualTo("off");
    }

    @Test
    void should_publish_the_statistics_as_micrometer_meters() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        cache.close();
        cache = CacheSystem.builder(CacheFixtures.settings(3600, 7200, 600, 100, 0.80))
                .ticker(nanos::get).scheduler(scheduler).backgroundExecutor(Runnable::run)
                .meters(AskDbMeters.publishingTo(registry))
                .build();
        store(PARTITION_A, "how many customers are there", "SELECT COUNT(*) FROM customers");
        cache.findAnswer(query(PARTITION_A, "how many customers are there"));
        CacheQuery miss = query(PARTITION_A, "list products");
        cache.findAnswer(miss);
        cache.findSql(miss);

        assertThat(registry.get("askdb.cache.requests").tag("result", "hit").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("askdb.cache.requests").tag("result", "miss").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("askdb.cache.entries").tag("level", "results").gauge().value()).isEqualTo(1);
        assertThat(registry.get("askdb.cache.size").tag("level", "results").gauge().value()).isPositive();
        assertThat(registry.get("askdb.cache.hits").tag("level", "results").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("askdb.cache.hit.ratio").gauge().value()).isEqualTo(0.5);
        assertThat(registry.get("askdb.cache.entries").tag("level", "semantic").gauge().value()).isEqualTo(1);
        assertThat(registry.get("askdb.cache.entries").tag("level", "schema").gauge().value()).isZero();
    }
}
