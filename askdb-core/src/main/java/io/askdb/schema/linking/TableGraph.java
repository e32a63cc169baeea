package io.askdb.schema.linking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The foreign-key graph of a catalog: each table's neighbours (both directions) and the connected
 * group it belongs to (tables that can be joined to each other, one subject of a large schema).
 * Built once per catalog and kept while the catalog lives.
 *
 * <p>Thread-safe: immutable once built; the per-catalog cache is Caffeine's.
 */
final class TableGraph {

    private static final Cache<SchemaCatalog, TableGraph> BY_CATALOG = Caffeine.newBuilder().weakKeys().build();

    private final Map<TableInfo, Set<TableInfo>> neighbours;
    private final Map<TableInfo, Integer> group;

    private TableGraph(SchemaCatalog catalog) {
        Map<TableInfo, Set<TableInfo>> near = new HashMap<>();
        for (TableInfo table : catalog.tables()) {
            near.put(table, new LinkedHashSet<>());
        }
        for (ForeignKeyInfo fk : catalog.foreignKeys()) {
            TableInfo from = catalog.table(fk.table()).orElse(null);
            TableInfo to = catalog.table(fk.referencedTable()).orElse(null);
            if (from != null && to != null && from != to) {
                near.computeIfAbsent(from, t -> new LinkedHashSet<>()).add(to);
                near.computeIfAbsent(to, t -> new LinkedHashSet<>()).add(from);
            }
        }
        Map<TableInfo, Integer> groups = new HashMap<>();
        int next = 0;
        for (TableInfo start : catalog.tables()) {
            if (groups.containsKey(start)) {
                continue;
            }
            int id = next++;
            Deque<TableInfo> todo = new ArrayDeque<>(List.of(start));
            groups.put(start, id);
            while (!todo.isEmpty()) {
                for (TableInfo n : near.getOrDefault(todo.pop(), Set.of())) {
                    if (groups.putIfAbsent(n, id) == null) {
                        todo.push(n);
                    }
                }
            }
        }
        this.neighbours = near;
        this.group = groups;
    }

    static TableGraph of(SchemaCatalog catalog) {
        return BY_CATALOG.get(catalog, TableGraph::new);
    }

    Set<TableInfo> neighbours(TableInfo table) {
        return neighbours.getOrDefault(table, Set.of());
    }

    /** The connected group of the table; tables of one group share its number. */
    int group(TableInfo table) {
        return group.getOrDefault(table, -1);
    }
}
