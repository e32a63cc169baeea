package io.askdb.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of a database's tables. Lookup by name ignores case, and an unqualified
 * name resolves when exactly one schema holds a table of that name.
 */
public final class SchemaCatalog {

    private final String productName;
    private final Map<TableId, TableInfo> tables;
    private final Map<String, List<TableInfo>> byBareName;
    private final List<TableInfo> order;
    private final Instant loadedAt;

    public SchemaCatalog(String productName, Collection<TableInfo> tables, Instant loadedAt) {
        this.productName = productName == null ? "" : productName;
        this.loadedAt = loadedAt;
        Map<TableId, TableInfo> ordered = new LinkedHashMap<>();
        Map<String, List<TableInfo>> bare = new LinkedHashMap<>();
        for (TableInfo table : tables) {
            ordered.put(table.id(), table);
            bare.computeIfAbsent(table.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(table);
        }
        this.tables = Map.copyOf(ordered);
        this.byBareName = Map.copyOf(bare);
        this.order = List.copyOf(ordered.values());
    }

    /** Whether {@code other} describes the same tables, columns and keys (whenever each was read). */
    public boolean sameSchemaAs(SchemaCatalog other) {
        return productName.equals(other.productName) && order.equals(other.order);
    }

    /** The database product name reported by the driver (for example "H2", "PostgreSQL"). */
    public String productName() {
        return productName;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** All tables and views in a stable order (schema, then name, as the driver lists them). */
    public List<TableInfo> tables() {
        return order;
    }

    /**
     * Finds a table by {@code schema.name} or bare {@code name}, ignoring case. A bare name that
     * several schemas share is ambiguous and finds nothing.
     */
    public Optional<TableInfo> table(String name) {
        String trimmed = stripQuotes(name);
        int dot = trimmed.lastIndexOf('.');
        if (dot > 0) {
            String schema = trimmed.substring(0, dot);
            int innerDot = schema.lastIndexOf('.');
            if (innerDot >= 0) {
                schema = schema.substring(innerDot + 1); // database.schema.table: keep schema.table
            }
            return Optional.ofNullable(tables.get(new TableId(schema, trimmed.substring(dot + 1))));
        }
        List<TableInfo> candidates = byBareName.getOrDefault(trimmed.toLowerCase(Locale.ROOT), List.of());
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    public Optional<TableInfo> table(TableId id) {
        return Optional.ofNullable(tables.get(id));
    }

    /** Foreign keys in the whole catalog, outgoing and incoming alike. */
    public List<ForeignKeyInfo> foreignKeys() {
        return order.stream().flatMap(t -> t.foreignKeys().stream()).toList();
    }

    public int size() {
        return order.size();
    }

    private static String stripQuotes(String name) {
        return name.replace("\"", "").replace("`", "").replace("[", "").replace("]", "").trim();
    }
}
