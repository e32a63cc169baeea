package io.askdb.orchestration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.api.AskDbException;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Database;
import io.askdb.sql.Dialect;
import io.askdb.sql.QueryResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A few sample values per column for the prompt, read once per table and catalog with a tiny
 * guarded query (so denied columns never appear). A table that cannot be read gets none.
 */
final class SampleRows {

    private static final int ROWS = 3;

    private final Cache<SchemaCatalog, Map<String, Map<String, List<Object>>>> byCatalog =
            Caffeine.newBuilder().weakKeys().build();

    Map<String, Map<String, List<Object>>> forTables(Database database, Database.Snapshot snapshot,
            List<TableInfo> tables) {
        Map<String, Map<String, List<Object>>> known =
                byCatalog.get(snapshot.catalog(), c -> new ConcurrentHashMap<>());
        for (TableInfo table : tables) {
            known.computeIfAbsent(table.id().key(), k -> read(database, snapshot, table));
        }
        return known;
    }

    private static Map<String, List<Object>> read(Database database, Database.Snapshot snapshot, TableInfo table) {
        Dialect dialect = database.dialect();
        String sql = "SELECT " + dialect.selectWords(false, ROWS) + "* FROM " + table.id().qualified()
                + dialect.capAtEnd(false, ROWS);
        try {
            QueryResult result = database.executor().execute(snapshot.guard().check(sql).sql());
            Map<String, List<Object>> values = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                int column = i;
                values.put(result.columns().get(i).toLowerCase(Locale.ROOT), result.rows().stream()
                        .map(r -> r.get(column)).filter(v -> v != null && !(v instanceof String s && s.startsWith("<")))
                        .distinct().toList());
            }
            return values;
        } catch (AskDbException e) {
            return Map.of();
        }
    }
}
