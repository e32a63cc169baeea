package io.askdb.metrics;

import io.askdb.cache.CacheAdmin;
import io.askdb.cache.CacheStats;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records each answered question into a {@link MeterRegistry}:
 *
 * <ul>
 *   <li>{@code askdb.query.duration} (timer with buckets from 1 ms to 60 s; tags {@code tier}, {@code success})
 *   <li>{@code askdb.tier.outcomes} (tags {@code tier}, {@code outcome}: answered, declined, failed)
 *   <li>{@code askdb.llm.calls}, {@code askdb.llm.tokens} ({@code type} prompt or completion) and
 *       {@code askdb.llm.cost.usd}, each tagged {@code model}
 *   <li>{@code askdb.fast_path.answer.ratio}: the share of questions the fast path answered
 *   <li>{@code askdb.errors} (tag {@code code}: the response's or the HTTP layer's error code)
 *   <li>{@code askdb.cache.hits}, {@code askdb.cache.misses}, {@code askdb.cache.evictions},
 *       {@code askdb.cache.entries} per {@code level}, and {@code askdb.cache.hit.ratio}
 * </ul>
 *
 * <p>Thread-safe: meters are; the two counts behind the fast-path ratio are atomics, read without
 * a lock, so a scrape may see them one question apart.
 */
public final class QueryMetrics {

    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofSeconds(60)
    };

    private final MeterRegistry registry;
    private final AtomicLong questions = new AtomicLong();
    private final AtomicLong fastPathAnswers = new AtomicLong();

    public QueryMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        Gauge.builder("askdb.fast_path.answer.ratio", this, QueryMetrics::fastPathRatio)
                .description("Share of questions answered by the fast path (tier 2), without an LLM")
                .strongReference(true)
                .register(registry);
    }

    /** Records one response: its tier and latency, each tier's outcome, LLM spend, its error code. */
    public void record(QueryResponse response) {
        String tier = response.tier() == null ? "none" : response.tier().wireName();
        Timer.builder("askdb.query.duration")
                .description("Time to answer a question, by the tier that had the last word")
                .tags("tier", tier, "success", Boolean.toString(response.success()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(Math.round(response.elapsedMs() * 1_000_000)));
        for (TierReport report : response.tiers()) {
            Counter.builder("askdb.tier.outcomes")
                    .description("What each tier did with a question")
                    .tags("tier", report.tier().wireName(), "outcome", report.outcome())
                    .register(registry)
                    .increment();
        }
        if (response.llmCalls() > 0) {
            String model = response.model() == null ? "unknown" : response.model();
            registry.counter("askdb.llm.calls", "model", model).increment(response.llmCalls());
            registry.counter("askdb.llm.tokens", "model", model, "type", "prompt").increment(response.promptTokens());
            registry.counter("askdb.llm.tokens", "model", model, "type", "completion")
                    .increment(response.completionTokens());
            registry.counter("askdb.llm.cost.usd", "model", model).increment(response.estimatedCostUsd());
        }
        if (response.error() != null) {
            countError(response.error().code());
        }
        questions.incrementAndGet();
        if (response.success() && response.tier() == TierName.FAST_PATH) {
            fastPathAnswers.incrementAndGet();
        }
    }

    /** Counts an error by its code (the response's {@code error.code}, or an HTTP-level code). */
    public void countError(String code) {
        Counter.builder("askdb.errors")
                .description("Errors by code")
                .tag("code", code)
                .register(registry)
                .increment();
    }

    /**
     * Publishes the caches' counters, read from {@link CacheAdmin#stats()} at each scrape. Levels
     * whose meters the caches already publish to this registry are left to them.
     */
    public void bindCache(CacheAdmin cache) {
        Gauge.builder("askdb.cache.hit.ratio", cache, QueryMetrics::hitRatio)
                .description("Share of lookups answered from any cache level (0 before the first lookup)")
                .strongReference(true)
                .register(registry);
        for (String level : cache.stats().levels().keySet()) {
            if (registry.find("askdb.cache.hits").tag("level", level).meter() != null) {
                continue;
            }
            FunctionCounter.builder("askdb.cache.hits", cache, c -> level(c, level).hits())
                    .tag("level", level).register(registry);
            FunctionCounter.builder("askdb.cache.misses", cache, c -> level(c, level).misses())
                    .tag("level", level).register(registry);
            FunctionCounter.builder("askdb.cache.evictions", cache, c -> level(c, level).evictions())
                    .tag("level", level).register(registry);
            Gauge.builder("askdb.cache.entries", cache, c -> level(c, level).entries())
                    .tag("level", level).strongReference(true).register(registry);
        }
    }

    private static double hitRatio(CacheAdmin cache) {
        CacheStats stats = cache.stats();
        long lookups = stats.hits() + stats.misses();
        return lookups == 0 ? 0.0 : (double) stats.hits() / lookups;
    }

    private static CacheStats.LevelStats level(CacheAdmin cache, String level) {
        CacheStats.LevelStats stats = cache.stats().levels().get(level);
        return stats == null ? new CacheStats.LevelStats(0, 0, 0, 0, 0) : stats;
    }

    private double fastPathRatio() {
        long total = questions.get();
        return total == 0 ? 0.0 : (double) fastPathAnswers.get() / total;
    }
}
