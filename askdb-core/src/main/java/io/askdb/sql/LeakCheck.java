package io.askdb.sql;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * The last look at the SQL about to run, scope-blind on purpose: once a table with denied columns
 * is read anywhere, no column of a denied name, no whole-row reference to that table and no star
 * directly over it may appear anywhere. It repeats what {@link NameResolver} established, by a
 * different and simpler route, so that a gap in one is not a leak.
 */
final class LeakCheck {

    private LeakCheck() {}

    static void check(Statement statement, SchemaCatalog catalog, ColumnDenyList denyList, boolean allowSystemCatalog) {
        Set<String> cteNames = AstNodes.collect(statement, WithItem.class).stream()
                .map(w -> Identifiers.unquote(w.getAliasName()).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, TableInfo> denied = new HashMap<>();
        for (Table table : AstNodes.collect(statement, Table.class)) {
            String schema = table.getUnquotedSchemaName();
            String name = table.getUnquotedName();
            if (name == null) {
                continue;
            }
            if (!allowSystemCatalog && SystemCatalogs.isSystem(table.getUnquotedDatabaseName(), schema, name,
                    catalog.table(schema == null ? name : schema + "." + name).isPresent())) {
                throw new SqlRejectedException(Reason.SYSTEM_CATALOG,
                        "reading the system catalogue (" + table.getFullyQualifiedName() + ") is not allowed");
            }
            if (schema == null && cteNames.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<TableInfo> info = catalog.table(schema == null ? name : schema + "." + name);
            if (info.isPresent() && denyList.hasDenied(info.get().id())) {
                denied.put(visibleName(table), info.get());
            }
        }
        if (denied.isEmpty()) {
            return;
        }
        for (Table table : AstNodes.collect(statement, Table.class)) {
            if (table.getAlias() != null && table.getAlias().getAliasColumns() != null
                    && denied.containsKey(visibleName(table))) {
                throw new SqlRejectedException(Reason.DENIED_COLUMN, "renaming the columns of " + table + " is not allowed");
            }
        }
        if (AstNodes.collect(statement, Join.class).stream().anyMatch(Join::isNatural)) {
            throw new SqlRejectedException(Reason.DENIED_COLUMN, "NATURAL JOIN next to a table with denied columns");
        }
        for (Column column : AstNodes.collect(statement, Column.class)) {
            String name = Identifiers.unquote(column.getColumnName());
            boolean bare = column.getTable() == null || column.getTable().getName() == null;
            if (denyList.isDeniedName(name)
                    && denied.values().stream().anyMatch(t -> denyList.isDenied(t.id(), name))
                    || bare && denied.containsKey(name.toLowerCase(Locale.ROOT))) {
                throw new SqlRejectedException(Reason.DENIED_COLUMN,
                        "the SQL reads '" + column + "', which is or exposes a denied column");
            }
        }
        for (AllTableColumns star : AstNodes.collect(statement, AllTableColumns.class)) {
            if (denied.containsKey(StarExpander.qualifierKey(star.getTable()))) {
                throw new SqlRejectedException(Reason.DENIED_COLUMN, star + " would return denied columns");
            }
        }
        for (PlainSelect select : AstNodes.collect(statement, PlainSelect.class)) {
            boolean plainStar = select.getSelectItems().stream().map(SelectItem::getExpression)
                    .anyMatch(e -> e instanceof AllColumns && !(e instanceof AllTableColumns));
            if (plainStar && directTables(select).stream()
                    .filter(t -> t.getSchemaName() != null || !cteNames.contains(visibleName(t)))
                    .anyMatch(t -> denied.containsKey(visibleName(t)))) {
                throw new SqlRejectedException(Reason.DENIED_COLUMN, "* over a table with denied columns");
            }
        }
    }

    private static String visibleName(Table table) {
        String name = table.getAlias() != null ? Identifiers.unquote(table.getAlias().getName()) : table.getUnquotedName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<Table> directTables(PlainSelect select) {
        List<Table> out = new ArrayList<>();
        addTables(select.getFromItem(), out);
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                addTables(join.getRightItem(), out);
            }
        }
        return out;
    }

    private static void addTables(FromItem item, List<Table> out) {
        if (item instanceof Table t) {
            out.add(t);
        } else if (item instanceof ParenthesedFromItem nested) {
            addTables(nested.getFromItem(), out);
            if (nested.getJoins() != null) {
                nested.getJoins().forEach(j -> addTables(j.getRightItem(), out));
            }
        }
    }
}
