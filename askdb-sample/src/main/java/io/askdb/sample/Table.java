package io.askdb.sample;

import java.util.List;

/**
 * One SalesLT table: columns in definition order (the order of Microsoft's data files), keys,
 * checks and indexes with their real constraint names, and the real sample's row count.
 */
record Table(
        String name,
        List<Column> columns,
        Key primaryKey,
        List<Key> uniqueKeys,
        List<ForeignKey> foreignKeys,
        List<Check> checks,
        List<Key> indexes,
        int rowCount) {

    /** A named column list: primary key, unique key or plain index. */
    record Key(String name, List<String> columns) {}

    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            boolean cascadeDelete) {}

    /** A named check over unquoted column names, valid in every flavour. */
    record Check(String name, String expression) {}

    Table {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /** The columns a row supplies: all but the computed ones. */
    List<Column> storedColumns() {
        return columns.stream().filter(c -> !c.isComputed()).toList();
    }

    /** The position of a stored column in a row, or -1. */
    int storedIndex(String column) {
        List<Column> stored = storedColumns();
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    String qualifiedName() {
        return SalesLt.SCHEMA + "." + name;
    }
}
