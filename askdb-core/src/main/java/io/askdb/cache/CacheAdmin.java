package io.askdb.cache;

/** What operators may do with askdb's caches: look at them, clear them, invalidate parts. */
public interface CacheAdmin {

    CacheStats stats();

    /** Empties every level (and, with Redis, every server's levels). */
    void clear();

    /** Removes entries whose normalized question matches the glob pattern ({@code *} and {@code ?}); returns how many. */
    int invalidatePattern(String pattern);

    /** Removes every entry whose SQL reads the table (bare or qualified name, any case); returns how many. */
    int invalidateTable(String table);
}
