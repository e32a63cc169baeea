package io.askdb.cache;

import java.util.Map;

/**
 * Cache statistics as served by {@code GET /api/cache/stats}.
 *
 * @param levels per level name ("results", "sql", …): its counters
 */
public record CacheStats(long hits, long misses, double hitRate, long semanticHits, Map<String, LevelStats> levels) {

    /** The counters of one cache level. */
    public record LevelStats(long entries, long hits, long misses, long evictions, long estimatedBytes) {}
}
