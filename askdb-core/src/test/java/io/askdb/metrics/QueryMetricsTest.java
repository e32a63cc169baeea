package io.askdb.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.cache.CacheSystem;
import io.askdb.config.AskDbConfig;
import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueryMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QueryMetrics metrics = new QueryMetrics(registry);

    @Test
    void should_time_each_question_under_the_tier_that_answered() {
        metrics.record(response(TierName.FAST_PATH, true, 2.5, 0, null, null));
        metrics.record(response(TierName.CACHE, true, 0.5, 0, null, null));
        metrics.record(response(TierName.FAST_PATH, true, 7.5, 0, null, null));

        var fastPath = registry.get("askdb.query.duration").tags("tier", "fast_path", "success", "true").timer();
        assertThat(fastPath.count()).isEqualTo(2);
        assertThat(fastPath.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10.0);
        assertThat(registry.get("askdb.query.duration").tags("tier", "cache").timer().count()).isEqualTo(1);
        assertThat(registry.get("askdb.tier.outcomes").tags("tier", "cache", "outcome", "declined").counter().count())
                .isEqualTo(2);
    }

    @Test
    void should_count_llm_calls_tokens_and_cost_per_model() {
        metrics.record(response(TierName.ORCHESTRATION, true, 900, 2, "gpt-4.1", null));
        metrics.record(response(TierName.ORCHESTRATION, true, 900, 1, "gpt-4.1", null));

        assertThat(registry.get("askdb.llm.calls").tag("model", "gpt-4.1").counter().count()).isEqualTo(3);
        assertThat(registry.get("askdb.llm.tokens").tags("model", "gpt-4.1", "type", "prompt").counter().count())
                .isEqualTo(2400);
        assertThat(registry.get("askdb.llm.tokens").tags("model", "gpt-4.1", "type", "completion").counter().count())
                .isEqualTo(120);
        assertThat(registry.get("askdb.llm.cost.usd").tag("model", "gpt-4.1").counter().count()).isEqualTo(0.006);
    }

    @Test
    void should_give_the_share_of_questions_the_fast_path_answered() {
        metrics.record(response(TierName.FAST_PATH, true, 1, 0, null, null));
        metrics.record(response(TierName.CACHE, true, 1, 0, null, null));
        metrics.record(response(TierName.AIRPLANE, false, 1, 0, null, "NO_ANSWER"));
        metrics.record(response(TierName.FAST_PATH, true, 1, 0, null, null));

        assertThat(registry.get("askdb.fast_path.answer.ratio").gauge().value()).isEqualTo(0.5);
        assertThat(registry.get("askdb.errors").tag("code", "NO_ANSWER").counter().count()).isEqualTo(1);
    }

    @Test
    void should_read_cache_counters_from_the_cache_at_each_scrape() {
        CacheSystem cache = CacheSystem.builder(AskDbConfig.defaults().cache()).ticker(Ticker.systemTicker()).build();
        metrics.bindCache(cache);

        assertThat(registry.get("askdb.cache.entries").tag("level", "results").gauge().value()).isZero();
        assertThat(registry.get("askdb.cache.hits").tag("level", "results").functionCounter().count()).isZero();
        assertThat(registry.get("askdb.cache.hit.ratio").gauge().value()).isZero();
    }

    private static QueryResponse response(TierName tier, boolean success, double elapsedMs, int llmCalls, String model,
            String errorCode) {
        TierReport last = new TierReport(tier, success ? "answered" : "declined", null, elapsedMs);
        List<TierReport> reports = tier == TierName.CACHE
                ? List.of(last)
                : List.of(new TierReport(TierName.CACHE, "declined", "miss", 0.1), last);
        return new QueryResponse(success, "q", success ? "SELECT 1" : null, tier, success ? Strategy.TEMPLATE : null, model,
                List.of("n"), List.of(), 0, false, elapsedMs, llmCalls, llmCalls * 800L, llmCalls * 40L, llmCalls * 0.002,
                false, null, List.of(), errorCode == null ? null : new ErrorInfo(errorCode, "m"), reports, null);
    }
}
