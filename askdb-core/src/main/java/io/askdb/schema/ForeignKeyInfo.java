package io.askdb.schema;

import java.util.List;

/**
 * A foreign key from {@code columns} of one table to {@code referencedColumns} of another.
 * Column lists are in key order and have the same length.
 */
public record ForeignKeyInfo(
        String name, TableId table, List<String> columns, TableId referencedTable, List<String> referencedColumns) {

    public ForeignKeyInfo {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
