package io.askdb.cache;

import java.util.function.Supplier;

/**
 * Cache level 3: results of schema analysis (linked tables, value indexes, prompts' schema
 * excerpts) under keys the caller chooses, kept for {@code ANALYSIS_CACHE_TTL}. With Redis the
 * values are shared as JSON, so they must be plain data (records, lists, maps, strings, numbers).
 *
 * <p>Keys should start with what the value depends on, for example the database identity and the
 * catalog's load time. Thread-safe; two threads missing the same key at once may both load it.
 */
public interface AnalysisCache {

    /**
     * The value under {@code key}, or what {@code loader} returns (stored unless null). A value of
     * another type under the same key counts as a miss and is replaced.
     */
    <T> T get(String key, Class<T> type, Supplier<? extends T> loader);
}
