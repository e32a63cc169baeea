package io.askdb.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.offline.OfflineAnswerer;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Database;

/**
 * One offline answerer per catalog, shared by the fast path and airplane mode. Building one may
 * index values and embed names, so it is done once per catalog; a reloaded catalog gets a new one
 * and the old one is collected with it.
 */
final class OfflineAnswerers {

    private final Cache<SchemaCatalog, OfflineAnswerer> byCatalog =
            Caffeine.newBuilder().weakKeys().build();

    OfflineAnswerer forContext(QueryContext context) {
        Database.Snapshot snapshot = context.snapshot();
        return byCatalog.get(snapshot.catalog(),
                catalog -> new OfflineAnswerer(catalog, context.database().dialect()));
    }
}
