package io.askdb.app.server;

import io.askdb.cache.CacheAdmin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/cache/stats} for any caller; {@code POST /api/cache/clear} and
 * {@code POST /api/cache/invalidate {"pattern"} or {"table"}} for admin keys only.
 */
final class CacheEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(CacheEndpoints.class);

    private final CacheAdmin cache;

    CacheEndpoints(CacheAdmin cache) {
        this.cache = cache;
    }

    void stats(Context ctx) {
        ctx.json(cache.stats());
    }

    void clear(Context ctx) {
        AccessControl.requireAdmin(ctx, "clearing the cache");
        cache.clear();
        LOG.info("cache cleared by '{}'", AccessControl.caller(ctx).name());
        ctx.json(Map.of("cleared", true));
    }

    void invalidate(Context ctx) throws IOException {
        AccessControl.requireAdmin(ctx, "invalidating cache entries");
        JsonBody body = JsonBody.read(ctx);
        String pattern = body.text("pattern");
        String table = body.text("table");
        if ((pattern == null) == (table == null)) {
            throw new ApiException("INVALID_REQUEST", "send exactly one of {\"pattern\": \"how many *\"} or {\"table\": \"customer\"}");
        }
        String value = pattern != null ? pattern : table;
        if (value.isBlank()) {
            throw new ApiException("INVALID_REQUEST", "the " + (pattern != null ? "pattern" : "table") + " is empty");
        }
        int removed = pattern != null ? cache.invalidatePattern(pattern) : cache.invalidateTable(table);
        LOG.info("cache: '{}' invalidated {} entries by {} '{}'", AccessControl.caller(ctx).name(), removed,
                pattern != null ? "pattern" : "table", value);
        ctx.json(Map.of("removed", removed));
    }
}
