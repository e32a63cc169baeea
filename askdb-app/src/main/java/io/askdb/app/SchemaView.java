package io.askdb.app;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON of {@code GET /api/schema} and the MCP {@code schema} tool: a database's tables, columns
 * and keys as askdb sees them, without the columns askdb is told never to read
 * ({@code ASKDB_DENY_COLUMNS}), and three to five example questions that work on it
 * ({@code examples}, what the empty page offers).
 */
public record SchemaView(String database, String productName, String loadedAt, List<Table> tables, List<String> examples) {

    public record Table(String schema, String name, boolean view, String remarks, List<Column> columns, List<ForeignKey> foreignKeys) {}

    public record Column(String name, String type, boolean nullable, boolean primaryKey, String remarks) {}

    public record ForeignKey(List<String> columns, String references, List<String> referencedColumns) {}

    public static SchemaView of(String database, SchemaCatalog catalog, List<String> denyColumns, List<String> examples) {
        Set<String> denied = denyColumns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Table> tables = catalog.tables().stream().map(t -> table(t, denied)).toList();
        Instant loaded = catalog.loadedAt();
        return new SchemaView(database, catalog.productName(), loaded == null ? null : loaded.toString(), tables,
                List.copyOf(examples));
    }

    /** Only the tables whose name contains {@code text}, in any case. */
    public SchemaView filter(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return new SchemaView(database, productName, loadedAt, tables.stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList(), examples);
    }

    private static Table table(TableInfo t, Set<String> denied) {
        List<Column> columns = t.columns().stream()
                .filter(c -> !denied.contains((t.id().qualified() + "." + c.name()).toLowerCase(Locale.ROOT)))
                .map(SchemaView::column)
                .toList();
        List<ForeignKey> keys = t.foreignKeys().stream().map(SchemaView::foreignKey).toList();
        return new Table(t.id().schema(), t.name(), t.view(), t.remarks(), columns, keys);
    }

    private static Column column(ColumnInfo c) {
        return new Column(c.name(), c.typeName().toLowerCase(Locale.ROOT), c.nullable(), c.primaryKey(), c.remarks());
    }

    private static ForeignKey foreignKey(ForeignKeyInfo fk) {
        return new ForeignKey(fk.columns(), fk.referencedTable().qualified(), fk.referencedColumns());
    }
}
