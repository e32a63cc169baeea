package io.askdb.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * The cache statistics as Micrometer meters: {@code askdb.cache.requests{result=hit|miss}},
 * {@code askdb.cache.semantic.hits}, and per level ({@code level} tag) {@code askdb.cache.hits},
 * {@code askdb.cache.misses}, {@code askdb.cache.evictions}, {@code askdb.cache.entries},
 * {@code askdb.cache.size} (bytes); {@code askdb.cache.redis.up} (1 or 0, absent without Redis);
 * {@code askdb.pool.connections{database, state=active|idle|waiting}}. All read the live counters.
 */
final class CacheMeters {

    private CacheMeters() {}

    static void bind(MeterRegistry registry, CacheSystem cache) {
        FunctionCounter.builder("askdb.cache.requests", cache, c -> c.hitCounter().sum())
                .tag("result", "hit").description("questions answered from cache levels 1 or 2").register(registry);
        FunctionCounter.builder("askdb.cache.requests", cache, c -> c.missCounter().sum())
                .tag("result", "miss").description("questions that missed levels 1 and 2").register(registry);
        FunctionCounter.builder("askdb.cache.semantic.hits", cache, c -> c.semanticHitCounter().sum())
                .description("hits through a semantically equal question with the same literals").register(registry);
        for (CacheLevel level : cache.levels()) {
            String name = level.name();
            FunctionCounter.builder("askdb.cache.hits", level, CacheLevel::hits).tag("level", name).register(registry);
            FunctionCounter.builder("askdb.cache.misses", level, CacheLevel::misses).tag("level", name)
                    .register(registry);
            FunctionCounter.builder("askdb.cache.evictions", level, CacheLevel::evictions).tag("level", name)
                    .register(registry);
            Gauge.builder("askdb.cache.entries", level, CacheLevel::entries).tag("level", name).register(registry);
            Gauge.builder("askdb.cache.size", level, l -> l.stats().estimatedBytes()).tag("level", name)
                    .baseUnit("bytes").register(registry);
        }
        Gauge.builder("askdb.cache.entries", cache, c -> c.semanticIndex().size()).tag("level", "semantic")
                .register(registry);
        if (!"off".equals(cache.distributedState())) {
            Gauge.builder("askdb.cache.redis.up", cache, c -> "up".equals(c.distributedState()) ? 1 : 0)
                    .register(registry);
        }
        for (String database : cache.poolStats().keySet()) {
            pool(registry, cache, database, "active", p -> p.active());
            pool(registry, cache, database, "idle", p -> p.idle());
            pool(registry, cache, database, "waiting", p -> p.waiting());
        }
    }

    private static void pool(MeterRegistry registry, CacheSystem cache, String database, String state,
            ToDoubleFunction<CacheStats.PoolStats> value) {
        Gauge.builder("askdb.pool.connections", cache, c -> {
                    CacheStats.PoolStats stats = c.poolStats().get(database);
                    return stats == null ? 0 : value.applyAsDouble(stats);
                })
                .tag("database", database).tag("state", state).register(registry);
    }
}
