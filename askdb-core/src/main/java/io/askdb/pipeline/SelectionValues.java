package io.askdb.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.offline.ValueIndex;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.linking.SchemaSelector;
import io.askdb.schema.linking.ValueLookup;
import io.askdb.sql.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The value index that schema selection consults on a large schema (more than
 * {@value SchemaSelector#WHOLE_SCHEMA_LIMIT} tables; a smaller one is sent whole). It is read in the
 * background, once per catalog, with no time budget but bounded in values
 * ({@link ValueIndex.Limits#UNTIMED}), so what it holds depends on the data alone, never on how busy
 * the machine was. Until it is ready, selection goes by names alone. A catalog whose offline index was
 * read completely shares that one instead of reading its values twice.
 *
 * <p>Concurrency: one future per catalog in a Caffeine cache with weak keys (a reloaded catalog's index
 * goes with it); builds run one at a time on one daemon thread, which {@link #close} stops. Readers
 * see either no index or a whole, immutable one.
 */
final class SelectionValues implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SelectionValues.class);

    private final Cache<SchemaCatalog, CompletableFuture<ValueIndex>> byCatalog =
            Caffeine.newBuilder().weakKeys().build();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "askdb-value-index");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /**
     * Starts reading the catalog's values, unless it is small, already started, or its offline index
     * is complete (then that one is used at once).
     */
    void start(Database database, SchemaCatalog catalog, ValueIndex offline) {
        if (catalog.size() <= SchemaSelector.WHOLE_SCHEMA_LIMIT) {
            return;
        }
        byCatalog.get(catalog, c -> offline.complete() ? CompletableFuture.completedFuture(offline)
                : CompletableFuture.supplyAsync(() -> read(database, c), builder));
    }

    /** The catalog's index when it is ready, otherwise none: a question never waits for it. */
    ValueLookup ready(SchemaCatalog catalog) {
        CompletableFuture<ValueIndex> index = byCatalog.getIfPresent(catalog);
        return index != null && index.isDone() && !index.isCompletedExceptionally() ? index.join() : ValueLookup.NONE;
    }

    /**
     * Waits until the catalog's index is ready (at once when it needs none).
     *
     * @return whether it is ready within the timeout
     */
    boolean await(SchemaCatalog catalog, Duration timeout) {
        if (catalog.size() <= SchemaSelector.WHOLE_SCHEMA_LIMIT) {
            return true;
        }
        CompletableFuture<ValueIndex> index = byCatalog.getIfPresent(catalog);
        if (index == null) {
            return false;
        }
        try {
            index.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private static ValueIndex read(Database database, SchemaCatalog catalog) {
        long start = System.nanoTime();
        try (Connection connection = database.connection()) {
            ValueIndex index = ValueIndex.build(connection, catalog, database.dialect(), ValueIndex.Limits.UNTIMED);
            LOG.info("indexed {} values of {} tables of database '{}' for schema selection in {} ms", index.size(),
                    catalog.size(), database.name(), (System.nanoTime() - start) / 1_000_000);
            return index;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not index the values of database '{}' for schema selection: {}", database.name(),
                    e.toString());
            return ValueIndex.empty();
        }
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
