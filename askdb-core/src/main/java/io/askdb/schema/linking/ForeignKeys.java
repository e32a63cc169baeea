package io.askdb.schema.linking;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.util.LinkedHashSet;
import java.util.Set;

/** Foreign-key facts both linkers use: which tables a join passes through, which key points where. */
final class ForeignKeys {

    private ForeignKeys() {}

    /** Tables this one refers to, then tables that refer to it, in catalog order. */
    static Set<TableInfo> neighbours(SchemaCatalog catalog, TableInfo table) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            catalog.table(fk.referencedTable()).ifPresent(out::add);
        }
        for (ForeignKeyInfo fk : catalog.foreignKeys()) {
            if (fk.referencedTable().equals(table.id())) {
                catalog.table(fk.table()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether the column alone is a key of its table pointing at {@code target}. */
    static boolean references(TableInfo table, ColumnInfo column, TableInfo target) {
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            if (fk.referencedTable().equals(target.id()) && fk.columns().size() == 1
                    && fk.columns().get(0).equalsIgnoreCase(column.name())) {
                return true;
            }
        }
        return false;
    }
}
