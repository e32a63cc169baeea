package io.askdb.offline;

import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of a catalog as a graph whose edges are foreign keys, walked in both directions.
 * Joins connect the tables a question needs along shortest paths from the main table.
 */
final class JoinGraph {

    private record Edge(TableInfo to, ForeignKeyInfo key) {}

    private final Map<TableInfo, List<Edge>> edges = new IdentityHashMap<>();

    JoinGraph(SchemaCatalog catalog) {
        for (TableInfo table : catalog.tables()) {
            for (ForeignKeyInfo fk : table.foreignKeys()) {
                Optional<TableInfo> target = catalog.table(fk.referencedTable());
                if (target.isEmpty() || target.get() == table) {
                    continue;
                }
                edges.computeIfAbsent(table, k -> new ArrayList<>()).add(new Edge(target.get(), fk));
                edges.computeIfAbsent(target.get(), k -> new ArrayList<>()).add(new Edge(table, fk));
            }
        }
    }

    boolean adjacent(TableInfo a, TableInfo b) {
        return edges.getOrDefault(a, List.of()).stream().anyMatch(e -> e.to() == b);
    }

    /** FK distance between two tables, or -1 when they are not connected. */
    int distance(TableInfo from, TableInfo to) {
        List<Plan.Join> path = path(Set.of(from), to);
        return path == null ? -1 : path.size();
    }

    /**
     * Joins connecting every table in {@code needed} to {@code main}, in an order where each join
     * refers to a table already present; empty when only main is needed, absent when impossible.
     */
    Optional<List<Plan.Join>> connect(TableInfo main, Collection<TableInfo> needed) {
        Set<TableInfo> present = new LinkedHashSet<>();
        present.add(main);
        List<Plan.Join> joins = new ArrayList<>();
        for (TableInfo target : needed) {
            if (present.contains(target)) {
                continue;
            }
            List<Plan.Join> path = path(present, target);
            if (path == null) {
                return Optional.empty();
            }
            for (Plan.Join j : path) {
                if (present.add(j.table())) {
                    joins.add(j);
                }
            }
        }
        return Optional.of(joins);
    }

    /** Shortest path from any table of {@code from} to {@code target}, as joins; null when none. */
    private List<Plan.Join> path(Set<TableInfo> from, TableInfo target) {
        Map<TableInfo, Edge> via = new IdentityHashMap<>();
        Deque<TableInfo> queue = new ArrayDeque<>(from);
        Set<TableInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(from);
        while (!queue.isEmpty()) {
            TableInfo current = queue.poll();
            if (current == target) {
                List<Plan.Join> path = new ArrayList<>();
                TableInfo t = current;
                while (!from.contains(t)) {
                    Edge e = via.get(t);
                    path.add(0, new Plan.Join(t, e.key()));
                    t = e.to();
                }
                return path;
            }
            for (Edge e : edges.getOrDefault(current, List.of())) {
                if (seen.add(e.to())) {
                    via.put(e.to(), new Edge(current, e.key()));
                    queue.add(e.to());
                }
            }
        }
        return null;
    }
}
