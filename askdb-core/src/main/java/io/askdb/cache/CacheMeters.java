package io.askdb.cache;

import io.askdb.metrics.AskDbMeters;
import io.askdb.metrics.CacheLevelReadings;
import io.askdb.metrics.PoolReadings;
import io.askdb.sql.Database;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Hands the caches' live counters to {@link AskDbMeters}, which owns the meter names: requests and
 * semantic hits of levels 1 and 2; per level (results, sql, analysis, semantic, schema, pools) hits,
 * misses, evictions, entries and size; Redis reachability when configured; each database's pool
 * and circuit breaker.
 */
final class CacheMeters {

    private CacheMeters() {}

    static void bind(AskDbMeters meters, CacheSystem cache, Supplier<? extends Collection<Database>> databases) {
        meters.bindCacheRequests(() -> cache.hitCounter().sum(), () -> cache.missCounter().sum(),
                () -> cache.semanticHitCounter().sum());
        for (CacheLevel level : cache.levels()) {
            meters.bindCacheLevel(level.name(), new LevelReadings(level));
        }
        meters.bindCacheLevel("semantic", new SemanticReadings(cache));
        meters.bindCacheLevel("schema", new StatsReadings(() -> CacheStatistics.schema(databases.get())));
        meters.bindCacheLevel("pools", new StatsReadings(() -> CacheStatistics.poolsLevel(
                CacheStatistics.pools(databases.get()))));
        if (!"off".equals(cache.distributedState())) {
            meters.bindRedis(() -> "up".equals(cache.distributedState()));
        }
        for (String database : cache.poolStats().keySet()) {
            meters.bindPool(database, new PoolStatsReadings(() -> cache.poolStats().get(database)));
        }
        for (Database database : databases.get()) {
            meters.bindDatabaseCircuit(database.name(), database::circuitState);
        }
    }

    /** Levels 1 to 3 read their own counters; only the size walks the entries. */
    private record LevelReadings(CacheLevel level) implements CacheLevelReadings {
        @Override public long entries() { return level.entries(); }
        @Override public long hits() { return level.hits(); }
        @Override public long misses() { return level.misses(); }
        @Override public long evictions() { return level.evictions(); }
        @Override public long estimatedBytes() { return level.stats().estimatedBytes(); }
    }

    /** The semantic index: its hits are the cache's semantic hits. */
    private record SemanticReadings(CacheSystem cache) implements CacheLevelReadings {
        @Override public long entries() { return cache.semanticIndex().size(); }
        @Override public long hits() { return cache.semanticHitCounter().sum(); }
        @Override public long misses() { return cache.semanticIndex().misses(); }
        @Override public long evictions() { return cache.semanticIndex().evictions(); }
        @Override public long estimatedBytes() { return cache.semanticIndex().estimatedBytes(); }
    }

    /** Levels 4 and 5, which live in the databases: read as the statistics read them. */
    private record StatsReadings(Supplier<CacheStats.LevelStats> stats) implements CacheLevelReadings {
        @Override public long entries() { return stats.get().entries(); }
        @Override public long hits() { return stats.get().hits(); }
        @Override public long misses() { return stats.get().misses(); }
        @Override public long evictions() { return stats.get().evictions(); }
        @Override public long estimatedBytes() { return stats.get().estimatedBytes(); }
    }

    private record PoolStatsReadings(Supplier<CacheStats.PoolStats> stats) implements PoolReadings {
        @Override public int active() { return read().active(); }
        @Override public int idle() { return read().idle(); }
        @Override public int waiting() { return read().waiting(); }

        private CacheStats.PoolStats read() {
            CacheStats.PoolStats s = stats.get();
            return s == null ? new CacheStats.PoolStats(0, 0, 0, 0, 0) : s;
        }
    }
}
