package io.askdb.sql;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Columns never read or returned, as {@code schema.table.column} (or {@code table.column} for any
 * schema), matched without regard to case. A table without a schema (SQLite) matches an entry by
 * table name alone, so a deny-list written for one database still holds on another.
 */
final class ColumnDenyList {

    private record Entry(String schema, String table, String column) {

        boolean matches(TableId id) {
            return id.name().toLowerCase(Locale.ROOT).equals(table)
                    && (schema.isEmpty() || id.schema().isEmpty() || id.schema().toLowerCase(Locale.ROOT).equals(schema));
        }
    }

    private final List<Entry> entries;
    private final Set<String> columnNames;

    ColumnDenyList(List<String> denyColumns) {
        this.entries = denyColumns.stream().map(String::trim).filter(s -> !s.isEmpty()).map(ColumnDenyList::parse).toList();
        this.columnNames = entries.stream().map(Entry::column).collect(Collectors.toUnmodifiableSet());
    }

    private static Entry parse(String spec) {
        String[] parts = spec.toLowerCase(Locale.ROOT).split("\\.");
        if (parts.length < 2 || parts.length > 3 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(
                    "a denied column must be written schema.table.column or table.column, was '" + spec + "'");
        }
        return parts.length == 3 ? new Entry(parts[0], parts[1], parts[2]) : new Entry("", parts[0], parts[1]);
    }

    boolean isDenied(TableId table, String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return columnNames.contains(c) && entries.stream().anyMatch(e -> e.column.equals(c) && e.matches(table));
    }

    /** True when the table has at least one denied column. */
    boolean hasDenied(TableId table) {
        return entries.stream().anyMatch(e -> e.matches(table));
    }

    /** True when some table denies a column of this name. */
    boolean isDeniedName(String column) {
        return columnNames.contains(column.toLowerCase(Locale.ROOT));
    }

    /** The table's columns that may be read, in table order. */
    List<ColumnInfo> allowedColumns(TableInfo table) {
        return table.columns().stream().filter(c -> !isDenied(table.id(), c.name())).toList();
    }
}
