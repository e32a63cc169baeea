package io.askdb.app.server;

import io.askdb.AskDb;
import io.askdb.api.AskDbException;
import io.askdb.app.SchemaView;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/databases}, {@code GET /api/schema?database=NAME} and {@code GET /health}: what
 * a client may ask about, and whether each database can be reached.
 */
final class CatalogEndpoints {

    private final AskDb askdb;
    private final QueryInput input;

    CatalogEndpoints(AskDb askdb, QueryInput input) {
        this.askdb = askdb;
        this.input = input;
    }

    void databases(Context ctx) {
        ctx.json(Map.of("default", AskDb.DEFAULT_DATABASE, "databases", Databases.ordered(askdb.databaseNames())));
    }

    void schema(Context ctx) {
        String database = input.database(ctx.queryParam("database"));
        ctx.json(SchemaView.of(database, askdb.schema(database), askdb.config().database().denyColumns(),
                askdb.exampleQuestions(database)));
    }

    /** 200 "up" when every database's schema can be read, 200 "degraded" when some can, 503 "down" when none. */
    void health(Context ctx) {
        Map<String, String> states = new LinkedHashMap<>();
        int up = 0;
        List<String> names = Databases.ordered(askdb.databaseNames());
        for (String name : names) {
            try {
                askdb.schema(name);
                states.put(name, "up");
                up++;
            } catch (AskDbException e) {
                states.put(name, "down: " + e.getMessage());
            }
        }
        String status = up == names.size() ? "up" : up > 0 ? "degraded" : "down";
        ctx.status(up > 0 ? 200 : 503).json(Map.of("status", status, "databases", states));
    }
}
