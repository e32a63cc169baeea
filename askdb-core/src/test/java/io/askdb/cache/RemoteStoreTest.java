package io.askdb.cache;

import static io.askdb.cache.CacheFixtures.PARTITION_A;
import static io.askdb.cache.CacheFixtures.answer;
import static io.askdb.cache.CacheFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.config.CacheSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two caches sharing one in-memory {@link RemoteStore}: what crosses the SPI (values and events as
 * JSON, tables and keys for invalidation) is enough to share answers, invalidations and the
 * semantic index, with no Redis involved (askdb-redis tests the real one).
 */
class RemoteStoreTest {

    private final SharedMemory shared = new SharedMemory();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final CacheSystem one = build();
    private final CacheSystem two = build();

    private CacheSystem build() {
        CacheSettings settings = CacheFixtures.settings(3600, 7200, 600, 100, 0.80);
        CacheSettings withUrl = new CacheSettings(settings.queryTtl(), settings.sqlTtl(), settings.analysisTtl(),
                settings.schemaTtl(), settings.maxEntries(), settings.cleanupInterval(), Optional.of("memory://shared"),
                settings.semanticThreshold());
        return CacheSystem.builder(withUrl)
                .scheduler(scheduler)
                .backgroundExecutor(Runnable::run)
                .remoteStore(shared)
                .build();
    }

    @AfterEach
    void close() {
        one.close();
        two.close();
        scheduler.shutdownNow();
    }

    @Test
    void should_serve_an_answer_stored_by_the_other_cache() {
        one.put(query(PARTITION_A, "how many customers are there"), answer("how many customers are there",
                "SELECT COUNT(*) FROM customers", 3L));

        Optional<AnswerCache.CachedAnswer> found =
                two.findAnswer(query(PARTITION_A, "How many customers are there?"));

        assertThat(found).isPresent();
        assertThat(found.get().response().rows()).containsExactly(List.of(3L));
        assertThat(two.stats().distributed()).isEqualTo("up");
    }

    @Test
    void should_hand_the_other_cache_new_questions_and_invalidations_as_events() {
        one.put(query(PARTITION_A, "how many customers are there"), answer("how many customers are there",
                "SELECT COUNT(*) FROM customers", 3L));
        two.findAnswer(query(PARTITION_A, "how many customers are there"));
        assertThat(two.stats().levels().get("semantic").entries()).as("the stored question's event").isEqualTo(1);
        assertThat(two.stats().levels().get("results").entries()).isEqualTo(1);

        int removed = one.invalidateTable("SalesLT.Customers");

        assertThat(removed).as("levels 1 and 2 of one question").isEqualTo(2);
        assertThat(shared.invalidatedTables).containsExactly(Set.of("customers", TableNames.ANY));
        assertThat(two.stats().levels().get("results").entries()).isZero();
        assertThat(two.stats().levels().get("semantic").entries()).isZero();
        assertThat(shared.events).allSatisfy(event -> assertThat(event).startsWith("{\"origin\":"));
    }

    @Test
    void should_report_the_store_down_and_clear_the_local_levels_when_it_reconnects() {
        one.put(query(PARTITION_A, "how many customers are there"), answer("how many customers are there",
                "SELECT COUNT(*) FROM customers", 3L));
        shared.up = false;
        assertThat(one.stats().distributed()).isEqualTo("down");

        shared.reconnect();

        assertThat(one.stats().distributed()).isEqualTo("up");
        assertThat(one.stats().levels().get("results").entries()).as("local level forgotten").isZero();
        assertThat(one.findAnswer(query(PARTITION_A, "how many customers are there"))).as("still in the store")
                .isPresent();
    }

    /** One in-memory "server" and a factory of stores on it; events are delivered at once, in the sender's thread. */
    private static final class SharedMemory implements RemoteStore.Factory {
        final Map<String, String> values = new ConcurrentHashMap<>();
        final Map<String, Set<String>> byTable = new ConcurrentHashMap<>();
        final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
        final List<Runnable> reconnectHooks = new CopyOnWriteArrayList<>();
        final List<Set<String>> invalidatedTables = new CopyOnWriteArrayList<>();
        final List<String> events = new CopyOnWriteArrayList<>();
        volatile boolean up = true;

        @Override
        public boolean accepts(String url) {
            return url.startsWith("memory:");
        }

        @Override
        public RemoteStore create(RemoteStore.Context context) {
            return new Store(context);
        }

        void reconnect() {
            up = true;
            reconnectHooks.forEach(Runnable::run);
        }

        private final class Store implements RemoteStore {
            private final Context context;

            Store(Context context) {
                this.context = context;
            }

            @Override
            public void start() {
                subscribers.add(context.onEvent());
                reconnectHooks.add(context.onReconnect());
            }

            @Override
            public Optional<Remote> get(String level, String key) {
                String json = up ? values.get(level + ":" + key) : null;
                return Optional.ofNullable(json).map(j -> new Remote(j, Duration.ofMinutes(5)));
            }

            @Override
            public void put(String level, String key, String json, Duration ttl, Set<String> tables) {
                if (up) {
                    values.put(level + ":" + key, json);
                    tables.forEach(t -> byTable.computeIfAbsent(t, x -> ConcurrentHashMap.newKeySet()).add(level + ":" + key));
                }
            }

            @Override
            public Set<String> invalidateTables(Set<String> tables) {
                invalidatedTables.add(tables);
                Set<String> removed = new HashSet<>();
                for (String table : tables) {
                    for (String levelKey : byTable.getOrDefault(table, Set.of())) {
                        if (values.remove(levelKey) != null) {
                            removed.add(levelKey);
                        }
                    }
                }
                return removed;
            }

            @Override
            public Set<String> invalidateKeys(Set<String> levels, Predicate<String> key) {
                Set<String> removed = new HashSet<>();
                for (String levelKey : new ArrayList<>(values.keySet())) {
                    int colon = levelKey.indexOf(':');
                    if (levels.contains(levelKey.substring(0, colon)) && key.test(levelKey.substring(colon + 1))) {
                        values.remove(levelKey);
                        removed.add(levelKey);
                    }
                }
                return removed;
            }

            @Override
            public void clear() {
                values.clear();
            }

            @Override
            public void publish(String event) {
                events.add(event);
                subscribers.forEach(subscriber -> subscriber.accept(event));
            }

            @Override
            public boolean connected() {
                return up;
            }

            @Override
            public void close() {
                subscribers.remove(context.onEvent());
            }
        }
    }
}
