package io.askdb.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shared store behind the local levels 1 to 3 (Redis), and the channel on which servers tell
 * each other about clears and invalidations. {@link #NONE} stands in when no Redis is configured.
 * Every method swallows an outage: it then finds nothing, stores nothing and removes nothing.
 */
interface RemoteStore extends AutoCloseable {

    /** A stored value and how long it still lives. */
    record Remote(String json, Duration remaining) {}

    Optional<Remote> get(String level, String key);

    void put(String level, String key, String json, Duration ttl, Set<String> tables);

    /** Removes every level 1 and 2 entry reading the table; returns the removed {@code level:key} names. */
    Set<String> invalidateTable(String table);

    /** Removes level 1 and 2 entries whose normalized question matches; returns {@code level:key} names. */
    Set<String> invalidateQuestions(Predicate<String> normalizedQuestion);

    void clear();

    void publish(CacheEvent event);

    /** "off" without Redis, "up" when connected and subscribed, else "down". */
    String state();

    @Override
    void close();

    RemoteStore NONE = new RemoteStore() {
        @Override
        public Optional<Remote> get(String level, String key) {
            return Optional.empty();
        }

        @Override
        public void put(String level, String key, String json, Duration ttl, Set<String> tables) {}

        @Override
        public Set<String> invalidateTable(String table) {
            return Set.of();
        }

        @Override
        public Set<String> invalidateQuestions(Predicate<String> normalizedQuestion) {
            return Set.of();
        }

        @Override
        public void clear() {}

        @Override
        public void publish(CacheEvent event) {}

        @Override
        public String state() {
            return "off";
        }

        @Override
        public void close() {}
    };
}
