package io.askdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.cache.CacheStats;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cache through the whole pipeline, on a real H2 database and a fake clock. */
class AskDbCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ShopDatabase shop;
    private AskDb askdb;

    AskDbCacheTest() throws Exception {
        shop = new ShopDatabase();
        askdb = build(Map.of());
    }

    private AskDb build(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("DATABASE_URL", shop.url);
        return AskDb.builder().config(AskDbConfig.fromMap(env)).ticker(nanos::get).build();
    }

    @AfterEach
    void close() throws Exception {
        askdb.close();
        shop.drop();
    }

    private QueryResponse ask(String question) {
        return askdb.ask(QueryRequest.of(question));
    }

    @Test
    void should_answer_a_repeated_question_from_the_cache() {
        QueryResponse first = ask("How many customers are there?");
        QueryResponse again = ask("how many  customers are there");

        assertThat(first.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(again.tier()).isEqualTo(TierName.CACHE);
        assertThat(again.rows()).isEqualTo(first.rows()).containsExactly(List.of(3L));
        assertThat(again.question()).isEqualTo("how many  customers are there");
        assertThat(again.details().get("cache")).isEqualTo(Map.of("kind", "exact", "level", "results"));
        assertThat(again.llmCalls()).isZero();
    }

    @Test
    void should_run_the_stored_sql_again_for_fresh_rows_once_the_answer_expired() throws Exception {
        ask("how many customers are there");
        shop.execute("INSERT INTO customers VALUES (4, 'Jan', 'Poland')");
        nanos.addAndGet(Duration.ofSeconds(3601).toNanos());

        QueryResponse rerun = ask("how many customers are there");
        QueryResponse after = ask("how many customers are there");

        assertThat(rerun.tier()).isEqualTo(TierName.CACHE);
        assertThat(rerun.rows()).containsExactly(List.of(4L));
        assertThat(rerun.details().get("cache")).isEqualTo(Map.of("kind", "exact", "level", "sql"));
        assertThat(after.tier()).isEqualTo(TierName.CACHE);
        assertThat(after.rows()).containsExactly(List.of(4L));
        assertThat(after.details().get("cache")).isEqualTo(Map.of("kind", "exact", "level", "results"));
    }

    @Test
    void should_serve_a_semantic_hit_and_say_which_question_it_matched() {
        assertThat(ask("how many customers are there").tier()).isEqualTo(TierName.FAST_PATH);
        awaitSemanticEntries(1);

        // A paraphrase the fast path declines (it would answer "What is the number of customers?" itself).
        QueryResponse paraphrase = ask("customers: how many do we have");

        assertThat(paraphrase.success()).isTrue();
        assertThat(paraphrase.tier()).isEqualTo(TierName.CACHE);
        assertThat(paraphrase.rows()).containsExactly(List.of(3L));
        assertThat(paraphrase.question()).isEqualTo("customers: how many do we have");
        assertThat(paraphrase.tiers()).extracting(TierReport::tier, TierReport::outcome).containsExactly(
                tuple(TierName.CACHE, "declined"), tuple(TierName.FAST_PATH, "declined"),
                tuple(TierName.CACHE, "answered"));
        assertThat(paraphrase.details().get("cache")).isEqualTo(
                Map.of("kind", "semantic", "level", "results", "matchedQuestion", "how many customers are there"));
        assertThat(askdb.cache().stats().semanticHits()).isEqualTo(1);
    }

    @Test
    void should_let_the_fast_path_answer_a_paraphrase_before_anything_is_embedded() {
        assertThat(ask("how many customers are there").tier()).isEqualTo(TierName.FAST_PATH);
        awaitSemanticEntries(1);

        QueryResponse paraphrase = ask("What is the number of customers?");

        assertThat(paraphrase.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(paraphrase.rows()).containsExactly(List.of(3L));
        assertThat(paraphrase.tiers()).extracting(TierReport::tier, TierReport::outcome).containsExactly(
                tuple(TierName.CACHE, "declined"), tuple(TierName.FAST_PATH, "answered"));
        assertThat(askdb.cache().stats().semanticHits()).isZero();
    }

    @Test
    void should_not_serve_a_semantic_hit_when_a_value_differs() {
        ask("how many orders are there");
        awaitSemanticEntries(1);

        QueryResponse other = ask("how many orders are there with more than 2 items");

        assertThat(other.tier()).isNotEqualTo(TierName.CACHE);
        assertThat(askdb.cache().stats().semanticHits()).isZero();
    }

    @Test
    void should_never_cache_a_failure() {
        QueryResponse first = ask("how many unicorns are there");
        QueryResponse again = ask("how many unicorns are there");

        assertThat(first.success()).isFalse();
        assertThat(again.success()).isFalse();
        assertThat(again.tier()).isNotEqualTo(TierName.CACHE);
        CacheStats stats = askdb.cache().stats();
        assertThat(stats.levels().get("results").entries()).isZero();
        assertThat(stats.levels().get("sql").entries()).isZero();
        assertThat(stats.hits()).isZero();
    }

    @Test
    void should_never_serve_one_scope_the_answer_of_another() {
        askdb.ask(QueryRequest.of("how many customers are there").withScope("analyst"));

        QueryResponse guest = askdb.ask(QueryRequest.of("how many customers are there").withScope("guest"));
        QueryResponse analyst = askdb.ask(QueryRequest.of("how many customers are there").withScope("analyst"));

        assertThat(guest.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(analyst.tier()).isEqualTo(TierName.CACHE);
    }

    @Test
    void should_answer_from_the_database_again_after_its_table_was_invalidated() throws Exception {
        ask("how many customers are there");
        ask("how many products are there");
        shop.execute("INSERT INTO customers VALUES (4, 'Jan', 'Poland')");
        assertThat(ask("how many customers are there").rows()).as("still cached").containsExactly(List.of(3L));

        int removed = askdb.cache().invalidateTable("CUSTOMERS");

        assertThat(removed).isEqualTo(2);
        QueryResponse fresh = ask("how many customers are there");
        assertThat(fresh.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(fresh.rows()).containsExactly(List.of(4L));
        assertThat(ask("how many products are there").tier()).isEqualTo(TierName.CACHE);
    }

    @Test
    void should_report_the_catalog_and_the_pool_in_the_statistics() {
        ask("how many customers are there");

        CacheStats stats = askdb.cache().stats();

        assertThat(stats.levels().get("schema").entries()).isEqualTo(1);
        assertThat(stats.levels().get("schema").estimatedBytes()).isPositive();
        assertThat(stats.pools()).containsKey(AskDb.DEFAULT_DATABASE);
        assertThat(stats.pools().get(AskDb.DEFAULT_DATABASE).max()).isEqualTo(4);
        assertThat(stats.pools().get(AskDb.DEFAULT_DATABASE).total()).isBetween(1, 4);
    }

    @Test
    void should_name_the_missing_module_when_redis_is_configured_without_a_remote_store() {
        assertThatThrownBy(() -> build(Map.of("REDIS_URL", "redis://127.0.0.1:6379")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("REDIS_URL is set, but no remote store for 'redis:' URLs is on the class path; "
                        + "add the io.askdb:askdb-redis module");
    }

    /** Stored questions are embedded off the request thread; wait (bounded) until they are indexed. */
    private void awaitSemanticEntries(long count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (askdb.cache().stats().levels().get("semantic").entries() < count) {
            assertThat(System.nanoTime()).as("semantic index filled in time").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
