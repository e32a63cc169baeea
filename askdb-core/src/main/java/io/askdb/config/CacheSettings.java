package io.askdb.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Time to live per cache level, the size bound, and the optional Redis behind the local caches.
 * {@code CACHE_TTL}, when set, is the default for every level whose own variable is unset.
 */
public record CacheSettings(
        Duration queryTtl,
        Duration sqlTtl,
        Duration analysisTtl,
        Duration schemaTtl,
        int maxEntries,
        Duration cleanupInterval,
        Optional<String> redisUrl,
        double semanticThreshold) {

    public static final long DEFAULT_QUERY_TTL = 3600;
    public static final long DEFAULT_SQL_TTL = 7200;
    public static final long DEFAULT_ANALYSIS_TTL = 600;
    public static final long DEFAULT_SCHEMA_TTL = 1800;
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    public static final long DEFAULT_CLEANUP_INTERVAL = 300;
    /**
     * Cosine similarity of all-MiniLM-L6-v2 embeddings at which two questions may share an answer.
     * Measured: paraphrases score 0.68-0.97 ("customers in France" / "clients located in France"
     * 0.81), while "customers in France" / "suppliers in France" scores 0.73; value swaps score up
     * to 0.98 ("over 100" / "under 100") and are stopped by the literal guard, not by this number.
     */
    public static final double DEFAULT_SEMANTIC_THRESHOLD = 0.80;

    public CacheSettings {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("CACHE_MAX_ENTRIES must be >= 1, was " + maxEntries);
        }
        if (semanticThreshold <= 0 || semanticThreshold > 1) {
            throw new IllegalArgumentException(
                    "CACHE_SEMANTIC_THRESHOLD must be in (0, 1], was " + semanticThreshold);
        }
    }

    static CacheSettings from(EnvReader env) {
        long base = env.integer("CACHE_TTL", -1, -1);
        return new CacheSettings(
                env.seconds("QUERY_CACHE_TTL", base >= 0 ? base : DEFAULT_QUERY_TTL),
                env.seconds("SQL_CACHE_TTL", base >= 0 ? base : DEFAULT_SQL_TTL),
                env.seconds("ANALYSIS_CACHE_TTL", base >= 0 ? base : DEFAULT_ANALYSIS_TTL),
                env.seconds("SCHEMA_CACHE_TTL", base >= 0 ? base : DEFAULT_SCHEMA_TTL),
                env.integer("CACHE_MAX_ENTRIES", DEFAULT_MAX_ENTRIES, 1),
                env.seconds("CACHE_CLEANUP_INTERVAL", DEFAULT_CLEANUP_INTERVAL),
                env.string("REDIS_URL"),
                env.decimal("CACHE_SEMANTIC_THRESHOLD", DEFAULT_SEMANTIC_THRESHOLD, 0));
    }
}
