package io.askdb.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The shared store behind cache levels 1 to 3, and the channel on which servers tell each other
 * about clears, invalidations and newly stored questions: askdb's one extension point for sharing
 * caches (the {@code askdb-redis} module implements it over Redis). Values and events cross it as
 * JSON text written by the cache, so an implementation needs nothing from core but this interface.
 *
 * <p>A store must: keep each value under its level and key for the TTL given; remember which tables
 * each level 1 and 2 entry reads, so {@link #invalidateTables} finds them; deliver every published
 * event to every store of the same key prefix (the sender's own may come back; the cache skips it);
 * be safe to call from any thread; and never throw for an outage. While the shared side is
 * unreachable, every method returns at once, finding, storing and removing nothing; the store
 * reconnects by itself and runs {@link Context#onReconnect()} as soon as it serves again, because
 * events sent meanwhile were missed. {@link #NONE} stands in when no store is configured.
 */
public interface RemoteStore extends AutoCloseable {

    /** A stored value and how long it still lives. */
    record Remote(String json, Duration remaining) {}

    /**
     * What the cache hands a store when it creates one.
     *
     * @param url the configured {@code REDIS_URL}
     * @param keyPrefix the namespace of keys and events; servers that share answers use the same one
     * @param longestTtl the longest TTL of any level, for bookkeeping that outlives single entries
     * @param scheduler the cache's scheduler, free for reconnection attempts; shut down by the cache
     * @param onEvent receives each event's JSON as published by any server; never throws
     * @param onReconnect run after an outage, once the store serves again; clears the local levels
     */
    record Context(String url, String keyPrefix, Duration longestTtl, ScheduledExecutorService scheduler,
            Consumer<String> onEvent, Runnable onReconnect) {}

    /**
     * Creates stores for the URLs it accepts. Implementations are found with {@link java.util.ServiceLoader}
     * when {@code REDIS_URL} is set, or passed to {@link CacheSystem.Builder#remoteStore}.
     */
    interface Factory {

        /** Whether this factory serves the URL (typically by its scheme). */
        boolean accepts(String url);

        /** A store not yet connected; the cache calls {@link RemoteStore#start()} once it can take events. */
        RemoteStore create(Context context);
    }

    /** Connects and subscribes to events, waiting briefly; an unreachable store is retried in the background. */
    void start();

    Optional<Remote> get(String level, String key);

    void put(String level, String key, String json, Duration ttl, Set<String> tables);

    /** Removes every level 1 and 2 entry that reads one of the tables; returns the removed {@code level:key} names. */
    Set<String> invalidateTables(Set<String> tables);

    /** Removes the entries of the levels whose key matches; returns the removed {@code level:key} names. */
    Set<String> invalidateKeys(Set<String> levels, Predicate<String> key);

    /** Removes every entry under the key prefix. */
    void clear();

    /** Sends an event (JSON) to every store of the same key prefix. */
    void publish(String event);

    /** Whether commands and events get through right now. */
    boolean connected();

    @Override
    void close();

    RemoteStore NONE = new RemoteStore() {
        @Override
        public void start() {}

        @Override
        public Optional<Remote> get(String level, String key) {
            return Optional.empty();
        }

        @Override
        public void put(String level, String key, String json, Duration ttl, Set<String> tables) {}

        @Override
        public Set<String> invalidateTables(Set<String> tables) {
            return Set.of();
        }

        @Override
        public Set<String> invalidateKeys(Set<String> levels, Predicate<String> key) {
            return Set.of();
        }

        @Override
        public void clear() {}

        @Override
        public void publish(String event) {}

        @Override
        public boolean connected() {
            return false;
        }

        @Override
        public void close() {}
    };
}
