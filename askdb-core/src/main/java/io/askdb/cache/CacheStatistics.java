package io.askdb.cache;

import io.askdb.sql.Database;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the counters of the five levels into one {@link CacheStats}, without touching any entry's age or rank. */
final class CacheStatistics {

    private CacheStatistics() {}

    static CacheStats of(CacheSystem cache, Collection<Database> databases) {
        Map<String, CacheStats.LevelStats> levels = new LinkedHashMap<>();
        for (CacheLevel level : List.of(cache.results(), cache.sqlLevel(), cache.analysisLevel())) {
            levels.put(level.name(), level.stats());
        }
        SemanticIndex semantic = cache.semanticIndex();
        long[] atClear = cache.countsAtClear();
        long semanticHits = cache.semanticHitCounter().sum() - atClear[2];
        levels.put("semantic", new CacheStats.LevelStats(semantic.size(), semanticHits,
                semantic.misses(), semantic.evictions(), semantic.estimatedBytes()));
        levels.put("schema", schema(databases));
        Map<String, CacheStats.PoolStats> pools = pools(databases);
        levels.put("pools", poolsLevel(pools));
        long hits = cache.hitCounter().sum() - atClear[0];
        long misses = cache.missCounter().sum() - atClear[1];
        long evictions = levels.values().stream().mapToLong(CacheStats.LevelStats::evictions).sum();
        long bytes = levels.values().stream().mapToLong(CacheStats.LevelStats::estimatedBytes).sum();
        return new CacheStats(hits, misses, hits + misses == 0 ? 0.0 : (double) hits / (hits + misses),
                semanticHits, levels, evictions, bytes, cache.distributedState(), pools);
    }

    /** Level 4: loaded catalogs (a rough size from their tables and columns) and the catalog caches' counters. */
    static CacheStats.LevelStats schema(Collection<Database> databases) {
        long entries = 0;
        long hits = 0;
        long misses = 0;
        long evictions = 0;
        long bytes = 0;
        for (Database database : databases) {
            var catalog = database.loadedCatalog();
            if (catalog.isPresent()) {
                entries++;
                bytes += catalog.get().tables().stream()
                        .mapToLong(t -> 256 + 160L * t.columns().size() + 96L * t.foreignKeys().size())
                        .sum();
            }
            var stats = database.catalogCacheStats();
            hits += stats.hitCount();
            misses += stats.missCount();
            evictions += stats.evictionCount();
        }
        return new CacheStats.LevelStats(entries, hits, misses, evictions, bytes);
    }

    /** Level 5 as one level: its entries are the open connections. */
    static CacheStats.LevelStats poolsLevel(Map<String, CacheStats.PoolStats> pools) {
        return new CacheStats.LevelStats(pools.values().stream().mapToLong(CacheStats.PoolStats::total).sum(), 0, 0, 0, 0);
    }

    /** Level 5: each database's connection pool as Hikari sees it. */
    static Map<String, CacheStats.PoolStats> pools(Collection<Database> databases) {
        Map<String, CacheStats.PoolStats> pools = new LinkedHashMap<>();
        for (Database database : databases) {
            var source = database.dataSource();
            var mx = source.getHikariPoolMXBean();
            pools.put(database.name(), mx == null
                    ? new CacheStats.PoolStats(0, 0, 0, 0, source.getMaximumPoolSize())
                    : new CacheStats.PoolStats(mx.getActiveConnections(), mx.getIdleConnections(),
                            mx.getTotalConnections(), mx.getThreadsAwaitingConnection(), source.getMaximumPoolSize()));
        }
        return pools;
    }
}
