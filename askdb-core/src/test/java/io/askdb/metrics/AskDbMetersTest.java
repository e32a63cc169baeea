package io.askdb.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AskDbMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AskDbMeters metrics = AskDbMeters.publishingTo(registry);

    @Test
    void should_time_each_question_under_the_tier_that_answered() {
        metrics.answered(response(TierName.FAST_PATH, true, 2.5, null));
        metrics.answered(response(TierName.CACHE, true, 0.5, null));
        metrics.answered(response(TierName.FAST_PATH, true, 7.5, null));

        var fastPath = registry.get("askdb.query.duration").tags("tier", "fast_path", "success", "true").timer();
        assertThat(fastPath.count()).isEqualTo(2);
        assertThat(fastPath.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10.0);
        assertThat(registry.get("askdb.query.duration").tags("tier", "cache").timer().count()).isEqualTo(1);
        assertThat(registry.get("askdb.tier.outcomes").tags("tier", "cache", "outcome", "declined").counter().count())
                .isEqualTo(2);
    }

    @Test
    void should_count_llm_calls_tokens_and_cost_per_model() {
        for (int i = 0; i < 3; i++) {
            metrics.llm().call("openai", "gpt-4.1", "success", Duration.ofMillis(300), 800, 40, 0.002);
        }

        assertThat(registry.get("askdb.llm.calls").tag("model", "gpt-4.1").counter().count()).isEqualTo(3);
        assertThat(registry.get("askdb.llm.tokens").tags("model", "gpt-4.1", "kind", "prompt").counter().count())
                .isEqualTo(2400);
        assertThat(registry.get("askdb.llm.tokens").tags("model", "gpt-4.1", "kind", "completion").counter().count())
                .isEqualTo(120);
        assertThat(registry.get("askdb.llm.cost").tag("model", "gpt-4.1").counter().count()).isEqualTo(0.006);
        assertThat(registry.get("askdb.llm.latency").tag("model", "gpt-4.1").timer().count()).isEqualTo(3);
    }

    @Test
    void should_give_the_share_of_questions_the_fast_path_answered() {
        metrics.answered(response(TierName.FAST_PATH, true, 1, null));
        metrics.answered(response(TierName.CACHE, true, 1, null));
        metrics.answered(response(TierName.AIRPLANE, false, 1, "NO_ANSWER"));
        metrics.answered(response(TierName.FAST_PATH, true, 1, null));

        assertThat(registry.get("askdb.fast_path.answer.ratio").gauge().value()).isEqualTo(0.5);
        assertThat(registry.get("askdb.errors").tag("code", "NO_ANSWER").counter().count()).isEqualTo(1);
    }

    @Test
    void should_read_cache_counters_at_each_scrape() {
        AtomicLong hits = new AtomicLong();
        AtomicLong misses = new AtomicLong();
        metrics.bindCacheRequests(hits::get, misses::get, () -> 0);
        metrics.bindCacheLevel("results", new Level(hits, misses));

        assertThat(registry.get("askdb.cache.hit.ratio").gauge().value()).isZero();
        hits.set(3);
        misses.set(1);

        assertThat(registry.get("askdb.cache.hit.ratio").gauge().value()).isEqualTo(0.75);
        assertThat(registry.get("askdb.cache.requests").tag("result", "hit").functionCounter().count()).isEqualTo(3);
        assertThat(registry.get("askdb.cache.hits").tag("level", "results").functionCounter().count()).isEqualTo(3);
        assertThat(registry.get("askdb.cache.entries").tag("level", "results").gauge().value()).isEqualTo(4);
    }

    @Test
    void should_give_meters_registered_before_a_registry_was_added_to_it() {
        AskDbMeters early = new AskDbMeters();
        early.answered(response(TierName.FAST_PATH, true, 2, null));
        early.bindCacheLevel("results", new Level(new AtomicLong(5), new AtomicLong()));

        SimpleMeterRegistry late = new SimpleMeterRegistry();
        early.publishTo(late).publishTo(late);
        early.answered(response(TierName.FAST_PATH, true, 2, null));

        assertThat(late.get("askdb.query.duration").tag("tier", "fast_path").timer().count()).isEqualTo(1);
        assertThat(late.get("askdb.cache.hits").tag("level", "results").functionCounter().count()).isEqualTo(5);
        System.gc(); // the composite registry holds what gauges read weakly; the meters must hold it
        assertThat(late.get("askdb.cache.entries").tag("level", "results").gauge().value()).isEqualTo(5);
    }

    @Test
    void should_refuse_to_bind_the_same_gauge_twice() {
        metrics.bindCacheLevel("results", new Level(new AtomicLong(), new AtomicLong()));

        assertThatThrownBy(() -> metrics.bindCacheLevel("results", new Level(new AtomicLong(), new AtomicLong())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("askdb.cache.hits");
    }

    @Test
    void should_refuse_tags_other_than_the_declared_ones() {
        assertThatThrownBy(() -> metrics.counter(MeterName.LLM_CALLS, "gpt-4.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[provider, model, outcome]");
        assertThatThrownBy(() -> metrics.counter(MeterName.CACHE_HITS, "results"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FUNCTION_COUNTER");
    }

    /** A level whose entries are its hits plus misses, enough to see each meter read its own counter. */
    private record Level(AtomicLong hitCount, AtomicLong missCount) implements CacheLevelReadings {
        @Override public long entries() { return hitCount.get() + missCount.get(); }
        @Override public long hits() { return hitCount.get(); }
        @Override public long misses() { return missCount.get(); }
        @Override public long evictions() { return 0; }
        @Override public long estimatedBytes() { return 0; }
    }

    private static QueryResponse response(TierName tier, boolean success, double elapsedMs, String errorCode) {
        TierReport last = new TierReport(tier, success ? "answered" : "declined", null, elapsedMs);
        List<TierReport> reports = tier == TierName.CACHE
                ? List.of(last)
                : List.of(new TierReport(TierName.CACHE, "declined", "miss", 0.1), last);
        return new QueryResponse(success, "q", success ? "SELECT 1" : null, tier, success ? Strategy.TEMPLATE : null,
                null, List.of("n"), List.of(), 0, false, elapsedMs, 0, 0, 0, 0.0, false, null, List.of(),
                errorCode == null ? null : new ErrorInfo(errorCode, "m"), reports, null);
    }
}
