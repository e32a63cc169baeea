package io.askdb.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cache level: Caffeine in this process, and the remote store behind it when configured. A
 * value found only remotely is copied into the local cache for the time it still has to live
 * there, so a copy never outlives its original. A TTL of zero turns the level off.
 *
 * <p>Thread-safe: Caffeine and the remote store are; hit and miss counters are {@link LongAdder}s.
 */
final class CacheLevel {

    private static final Logger LOG = LoggerFactory.getLogger(CacheLevel.class);

    /**
     * A value as held locally.
     *
     * @param tables the tables its SQL reads (levels 1 and 2), for invalidation
     * @param ttl how long it lives from the moment it was put here
     */
    record Held(Object value, Set<String> tables, Duration ttl, long bytes) {}

    private final String name;
    private final String tag;
    private final Duration ttl;
    private final Cache<String, Held> local;
    private final RemoteStore remote;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /**
     * @param name the level's name in the statistics ("results", "sql", "analysis")
     * @param tag the level's short name in remote keys ("r", "s", "a")
     */
    CacheLevel(String name, String tag, Duration ttl, int maxEntries, Ticker ticker, RemoteStore remote) {
        this.name = name;
        this.tag = tag;
        this.ttl = ttl;
        this.remote = remote;
        this.local = Caffeine.newBuilder()
                .expireAfter(Expiry.<String, Held>writing((key, held) -> held.ttl()))
                .maximumSize(maxEntries)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    String name() {
        return name;
    }

    String tag() {
        return tag;
    }

    boolean enabled() {
        return !ttl.isZero();
    }

    /** The value under the key, locally or remotely; counts nothing (callers count per request). */
    <T> Optional<T> find(String key, Class<T> type) {
        if (!enabled()) {
            return Optional.empty();
        }
        Held held = local.getIfPresent(key);
        if (held != null && type.isInstance(held.value())) {
            return Optional.of(type.cast(held.value()));
        }
        Optional<RemoteStore.Remote> found = remote.get(tag, key);
        if (found.isEmpty() || found.get().remaining().isNegative() || found.get().remaining().isZero()) {
            return Optional.empty();
        }
        T value;
        try {
            value = CacheJson.read(found.get().json(), type);
        } catch (IllegalArgumentException e) {
            LOG.warn("ignoring an unreadable {} entry in Redis: {}", name, e.getMessage());
            return Optional.empty();
        }
        Duration remaining = found.get().remaining().compareTo(ttl) < 0 ? found.get().remaining() : ttl;
        local.put(key, new Held(value, tablesOf(value), remaining, SizeEstimate.of(value)));
        return Optional.of(value);
    }

    void put(String key, Object value, Set<String> tables) {
        if (!enabled()) {
            return;
        }
        local.put(key, new Held(value, tables, ttl, SizeEstimate.of(value)));
        if (remote != RemoteStore.NONE) {
            remote.put(tag, key, CacheJson.write(value), ttl, tables);
        }
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    /** A miss counted by the exact lookup that a similar question then answered. */
    void missTurnedHit() {
        misses.decrement();
        hits.increment();
    }

    /** Removes local entries whose key or held value matches; returns their keys. */
    Set<String> removeLocal(Predicate<String> keyMatches, Predicate<Held> heldMatches) {
        Set<String> keys = new HashSet<>();
        local.asMap().forEach((key, held) -> {
            if (keyMatches.test(key) || heldMatches.test(held)) {
                keys.add(key);
            }
        });
        local.invalidateAll(keys);
        return keys;
    }

    void clearLocal() {
        local.invalidateAll();
    }

    void cleanUp() {
        local.cleanUp();
    }

    CacheStats.LevelStats stats() {
        long bytes = 0;
        for (Held held : local.asMap().values()) {
            bytes += held.bytes() + 64;
        }
        return new CacheStats.LevelStats(local.estimatedSize(), hits.sum(), misses.sum(),
                local.stats().evictionCount(), bytes);
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    long evictions() {
        return local.stats().evictionCount();
    }

    long entries() {
        return local.estimatedSize();
    }

    private static Set<String> tablesOf(Object value) {
        if (value instanceof StoredAnswer answer) {
            return answer.tables();
        }
        if (value instanceof StoredSql sql) {
            return sql.tables();
        }
        return Set.of();
    }
}
