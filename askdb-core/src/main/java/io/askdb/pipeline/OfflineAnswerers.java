package io.askdb.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineAnswerer;
import io.askdb.offline.ValueIndex;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One offline answerer per catalog, shared by the fast path and airplane mode. Building one reads
 * the distinct values of short text columns (bounded in count and time), so it is done once per
 * catalog, at start-up when possible; a reloaded catalog gets a new one and the old one is
 * collected with it.
 */
final class OfflineAnswerers {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineAnswerers.class);
    /** The hot questions' readings; small, as new questions that never come again would fill it (a kilobyte each). */
    static final int MAX_READINGS = 1_000;

    private final Cache<SchemaCatalog, OfflineAnswerer> byCatalog =
            Caffeine.newBuilder().weakKeys().build();

    /** The value index each answerer was built with, for schema selection to share when it is complete. */
    private final Cache<SchemaCatalog, ValueIndex> indexes = Caffeine.newBuilder().weakKeys().build();

    /** Readings already made, per answerer (so per catalog): a reading is a pure function of the question. */
    private final Cache<OfflineAnswerer, Cache<String, List<Candidate>>> readings =
            Caffeine.newBuilder().weakKeys().build();

    /**
     * The offline answerer's candidates for the request's question, read once per question and
     * catalog: a question asked again (with the cache off, or its answer expired) skips the reading
     * and only runs its SQL again.
     */
    List<Candidate> candidates(QueryContext context) {
        OfflineAnswerer answerer = forContext(context);
        return readings.get(answerer, a -> Caffeine.newBuilder().maximumSize(MAX_READINGS).build())
                .get(context.question(), answerer::candidates);
    }

    OfflineAnswerer forContext(QueryContext context) {
        return forDatabase(context.database(), context.snapshot().catalog());
    }

    OfflineAnswerer forDatabase(Database database, SchemaCatalog catalog) {
        return byCatalog.get(catalog, c -> new OfflineAnswerer(c, database.dialect(),
                indexes.get(c, k -> values(database, k))));
    }

    /** The value index of the catalog's offline answerer (building the answerer if need be). */
    ValueIndex index(Database database, SchemaCatalog catalog) {
        forDatabase(database, catalog);
        ValueIndex index = indexes.getIfPresent(catalog);
        return index == null ? ValueIndex.empty() : index;
    }

    /** The value index, or an empty one when the database cannot be read now (linking then uses names only). */
    private static ValueIndex values(Database database, SchemaCatalog catalog) {
        try (Connection connection = database.connection()) {
            return ValueIndex.build(connection, catalog, database.dialect(), ValueIndex.Limits.DEFAULT);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not index the values of database '{}': {}", database.name(), e.toString());
            return ValueIndex.empty();
        }
    }
}
