package io.askdb.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table or view with its columns in ordinal order, its primary key and its outgoing foreign keys.
 */
public record TableInfo(
        TableId id, boolean view, List<ColumnInfo> columns, List<ForeignKeyInfo> foreignKeys, String remarks) {

    public TableInfo {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        remarks = remarks == null ? "" : remarks;
    }

    /** The column of that name, ignoring case. */
    public Optional<ColumnInfo> column(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return columns.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** Whether the column is one of a foreign key's: it refers to rows of another table. */
    public boolean inForeignKey(ColumnInfo column) {
        return foreignKeys.stream().anyMatch(fk -> fk.columns().stream().anyMatch(c -> c.equalsIgnoreCase(column.name())));
    }

    /** Primary-key columns in table order. */
    public List<ColumnInfo> primaryKey() {
        return columns.stream().filter(ColumnInfo::primaryKey).toList();
    }

    public String name() {
        return id.name();
    }
}
