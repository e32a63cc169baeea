package io.askdb.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cache statistics as served by {@code GET /api/cache/stats}.
 *
 * @param hits questions answered from level 1 or 2 (exact or semantic) since the caches were last cleared
 * @param misses questions that found nothing in either level, since the last clear
 * @param hitRate hits / (hits + misses), 0 before the first question
 * @param semanticHits hits through a semantically equal question with the same literal values
 * @param levels per level name ("results", "sql", "analysis", "semantic", "schema", "pools"):
 *     its counters; for "pools", entries are open connections
 * @param evictions entries removed for size or age, all levels together
 * @param estimatedBytes rough heap used by all levels' entries
 * @param distributed "off" (no REDIS_URL), "up" or "down"
 * @param pools per database name: its connection pool (level 5)
 */
public record CacheStats(
        long hits,
        long misses,
        double hitRate,
        long semanticHits,
        Map<String, LevelStats> levels,
        long evictions,
        long estimatedBytes,
        String distributed,
        Map<String, PoolStats> pools) {

    public CacheStats {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        pools = Collections.unmodifiableMap(new LinkedHashMap<>(pools));
    }

    /** The counters of one cache level. */
    public record LevelStats(long entries, long hits, long misses, long evictions, long estimatedBytes) {}

    /** One database's connection pool: connections in use, idle, open, threads waiting, and the bound. */
    public record PoolStats(int active, int idle, int total, int waiting, int max) {}
}
