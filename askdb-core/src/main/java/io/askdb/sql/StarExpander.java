package io.askdb.sql;

import io.askdb.sql.Scope.Source;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Spells out {@code *} and {@code t.*} as the list of readable columns when they cover a table
 * with denied columns, so {@code SELECT * FROM SalesLT.Customer} returns everything except the
 * password columns. Stars over tables without denied columns are left as written.
 */
final class StarExpander {

    private final ColumnDenyList denyList;
    private final Dialect dialect;

    StarExpander(ColumnDenyList denyList, Dialect dialect) {
        this.denyList = denyList;
        this.dialect = dialect;
    }

    /** The lower-case, unquoted {@code schema.table} or alias a qualifier names. */
    static String qualifierKey(Table table) {
        return Stream.of(table.getUnquotedDatabaseName(), table.getUnquotedSchemaName(), table.getUnquotedName())
                .filter(p -> p != null && !p.isEmpty())
                .map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("."));
    }

    /** The select list with the stars over denied tables expanded; the same list when nothing changed. */
    List<SelectItem<?>> expand(List<SelectItem<?>> items, Scope scope) {
        boolean anyDenied = scope.sources().stream().anyMatch(this::denies);
        List<SelectItem<?>> out = new ArrayList<>();
        boolean changed = false;
        for (SelectItem<?> item : items) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns star) {
                Source source = scope.findLocal(qualifierKey(star.getTable()));
                if (source == null) {
                    throw new SqlRejectedException(Reason.UNKNOWN_TABLE, "unknown table or alias '"
                            + Identifiers.unquote(star.getTable().getFullyQualifiedName()) + "' in " + star
                            + NameSuggester.didYouMean(qualifierKey(star.getTable()),
                                    scope.sources().stream().map(Source::display).filter(d -> !d.isEmpty()).toList()));
                }
                if (denies(source)) {
                    out.addAll(columnsOf(source, true));
                    changed = true;
                } else {
                    out.add(item);
                }
            } else if (e instanceof AllColumns && anyDenied) {
                boolean qualify = scope.sources().size() > 1;
                scope.sources().forEach(source -> out.addAll(columnsOf(source, qualify)));
                changed = true;
            } else {
                out.add(item);
            }
        }
        if (!changed) {
            return items;
        }
        if (out.isEmpty()) {
            throw new SqlRejectedException(Reason.DENIED_COLUMN, "every column the star selects is on the deny-list");
        }
        return out;
    }

    private boolean denies(Source source) {
        return source.table() != null && denyList.hasDenied(source.table().id());
    }

    private List<SelectItem<?>> columnsOf(Source source, boolean qualify) {
        Table qualifier = qualify && !source.qualifier().isEmpty() ? new Table(source.qualifier()) : null;
        List<String> names;
        if (source.table() != null) {
            names = denyList.allowedColumns(source.table()).stream().map(c -> c.name()).toList();
        } else if (source.knowsColumns() && source.columns().stream().noneMatch(String::isEmpty)) {
            names = source.columns();
        } else {
            // Unknown or unnamed columns: no base table behind it, so its own star is safe.
            Expression star = qualifier == null ? new AllColumns() : new AllTableColumns(qualifier);
            return List.of(new SelectItem<>(star));
        }
        List<SelectItem<?>> items = new ArrayList<>();
        for (String name : names) {
            Column column = new Column(qualifier, Identifiers.forSql(name, dialect));
            items.add(new SelectItem<>(column));
        }
        return items;
    }
}
