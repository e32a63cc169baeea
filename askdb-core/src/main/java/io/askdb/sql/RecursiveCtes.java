package io.askdb.sql;

import java.util.List;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Spells recursive CTEs the target's way. SQL Server has no {@code RECURSIVE} keyword and refuses
 * it; PostgreSQL, MySQL, SQLite and H2 (in SQL Server mode too) cannot see a CTE's own name inside
 * its body without it. So a T-SQL recursive CTE written by a model runs on the embedded sample.
 */
final class RecursiveCtes {

    private RecursiveCtes() {}

    static void adapt(Select statement, Dialect dialect) {
        for (Select select : AstNodes.collect(statement, Select.class)) {
            List<WithItem<?>> items = select.getWithItemsList();
            if (items == null || items.isEmpty()) {
                continue;
            }
            if (dialect == Dialect.SQLSERVER) {
                items.forEach(item -> item.setRecursive(false));
            } else if (items.stream().anyMatch(RecursiveCtes::readsItself)) {
                // The keyword belongs to the whole WITH clause, which JSqlParser prints from the first item.
                items.get(0).setRecursive(true);
            }
        }
    }

    private static boolean readsItself(WithItem<?> item) {
        String name = Identifiers.unquote(item.getAliasName());
        return item.getSelect() != null && AstNodes.collect(item.getSelect(), Table.class).stream()
                .anyMatch(t -> t.getSchemaName() == null && name.equalsIgnoreCase(t.getUnquotedName()));
    }
}
