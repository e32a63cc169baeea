package io.askdb.sql;

import io.askdb.schema.TableInfo;
import io.askdb.sql.Scope.Source;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * Resolves one column reference in its scope: a qualified {@code c.FirstName} against the source
 * {@code c} names, a bare {@code FirstName} against every source in scope, then select-list
 * aliases, then enclosing scopes. A reference to a denied column, or to a whole row of a table
 * with denied columns ({@code row_to_json(c)}), is refused; an unknown one is refused with the
 * closest existing names.
 */
final class ColumnCheck {

    /** Functions whose first argument is a date part written as a bare word: DATEADD(day, 1, d). */
    private static final Set<String> DATE_FUNCTIONS = Set.of(
            "dateadd", "datediff", "datediff_big", "datepart", "datename", "datetrunc", "date_bucket", "timestampadd",
            "timestampdiff");

    private static final Set<String> DATE_PARTS = Set.of(
            "year", "yy", "yyyy", "quarter", "qq", "q", "month", "mm", "m", "dayofyear", "dy", "y", "day", "dd", "d",
            "week", "wk", "ww", "weekday", "dw", "w", "hour", "hh", "minute", "mi", "n", "second", "ss", "s",
            "millisecond", "ms", "microsecond", "mcs", "nanosecond", "ns", "iso_week", "isowk", "isoww", "tzoffset",
            "tz");

    /** Words the parser reads as columns but databases read as values. */
    private static final Set<String> PSEUDO_COLUMNS = Set.of(
            "current_user", "session_user", "system_user", "user", "current_role", "current_schema",
            "current_catalog", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
            "sysdate", "systimestamp", "rownum", "rowid", "level", "true", "false", "null", "unknown", "default");

    private final ColumnDenyList denyList;
    private final Scope scope;
    private final QuoteReading quotes;
    private final List<Column> strings;

    /**
     * @param quotes how the database reads {@code "abc"}, which the parser always takes for a name
     * @param strings receives the double-quoted columns the database reads as string literals
     */
    ColumnCheck(ColumnDenyList denyList, Scope scope, QuoteReading quotes, List<Column> strings) {
        this.denyList = denyList;
        this.scope = scope;
        this.quotes = quotes;
        this.strings = strings;
    }

    /** Marks the date-part word of DATEADD(day, …) and friends as settled, so it is not taken for a column. */
    static void settleDatePart(Function function, Set<Object> settled) {
        String name = function.getName() == null ? "" : function.getName();
        name = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!DATE_FUNCTIONS.contains(name) || function.getParameters() == null || function.getParameters().isEmpty()) {
            return;
        }
        Expression first = function.getParameters().get(0);
        if (first instanceof Column c && !isQualified(c)) {
            String part = Identifiers.unquote(c.getColumnName()).toLowerCase(Locale.ROOT);
            if (DATE_PARTS.contains(part) || part.startsWith("sql_tsi_")) {
                settled.add(c);
            }
        }
    }

    void check(Column column) {
        String name = Identifiers.unquote(column.getColumnName());
        boolean doubleQuoted = column.getColumnName().startsWith("\"");
        if (quotes == QuoteReading.STRING && doubleQuoted && !isQualified(column)) {
            strings.add(column);
            return;
        }
        if (isQualified(column)) {
            qualified(column, name);
        } else {
            unqualified(column, name);
        }
    }

    private void qualified(Column column, String name) {
        Table qualifier = column.getTable();
        String key = StarExpander.qualifierKey(qualifier);
        Source source = scope.find(key);
        while (source == null && key.indexOf('.') > 0) {
            key = key.substring(key.indexOf('.') + 1); // database.schema.table → schema.table → table
            source = scope.find(key);
        }
        String written = Identifiers.unquote(qualifier.getFullyQualifiedName()) + "." + name;
        if (source == null) {
            throw new SqlRejectedException(Reason.UNKNOWN_COLUMN, "unknown column '" + written + "'"
                    + NameSuggester.didYouMean(written, candidates(true)));
        }
        if (source.table() != null && denyList.isDenied(source.table().id(), name)) {
            throw denied(source.table(), name);
        }
        if (source.knowsColumns() && !source.hasColumn(name)) {
            String prefix = Identifiers.unquote(qualifier.getFullyQualifiedName()) + ".";
            List<String> names = allowed(source).stream().map(c -> prefix + c).toList();
            throw new SqlRejectedException(Reason.UNKNOWN_COLUMN, "unknown column '" + written + "'"
                    + NameSuggester.didYouMean(written, names));
        }
    }

    private void unqualified(Column column, String name) {
        boolean uncertain = false;
        for (Scope s = scope; s != null; s = s.parent()) {
            boolean found = false;
            for (Source source : s.sources()) {
                if (source.hasColumn(name)) {
                    if (source.table() != null && denyList.isDenied(source.table().id(), name)) {
                        throw denied(source.table(), name);
                    }
                    found = true;
                }
            }
            if (found || s.hasSelectAlias(name)) {
                return;
            }
            uncertain |= s.sources().stream().anyMatch(src -> !src.knowsColumns());
        }
        Source row = scope.find(name);
        if (row != null) {
            if (row.table() != null && denyList.hasDenied(row.table().id())) {
                throw new SqlRejectedException(Reason.DENIED_COLUMN, "'" + name + "' reads whole rows of "
                        + row.table().id().qualified() + ", including denied columns");
            }
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (uncertain || PSEUDO_COLUMNS.contains(lower)) {
            return;
        }
        if (quotes == QuoteReading.STRING_WHEN_UNRESOLVED && column.getColumnName().startsWith("\"")) {
            // SQLite: "a name that resolves to nothing is a string literal".
            strings.add(column);
            return;
        }
        throw new SqlRejectedException(Reason.UNKNOWN_COLUMN, "unknown column '" + name + "'"
                + NameSuggester.didYouMean(name, candidates(!singleSource()), ColumnCheck::lastPart));
    }

    private boolean singleSource() {
        return scope.parent() == null && scope.sources().size() == 1;
    }

    /** Every readable column in scope, as {@code source.column} or bare. */
    private List<String> candidates(boolean qualify) {
        List<String> names = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.parent()) {
            for (Source source : s.sources()) {
                if (source.knowsColumns()) {
                    String prefix = qualify && !source.display().isEmpty() ? source.display() + "." : "";
                    allowed(source).forEach(c -> names.add(prefix + c));
                }
            }
        }
        return names;
    }

    private List<String> allowed(Source source) {
        if (source.table() == null) {
            return source.columns().stream().filter(c -> !c.isEmpty()).toList();
        }
        return source.columns().stream().filter(c -> !denyList.isDenied(source.table().id(), c)).toList();
    }

    private static SqlRejectedException denied(TableInfo table, String column) {
        String spelled = table.column(column).map(c -> c.name()).orElse(column);
        return new SqlRejectedException(Reason.DENIED_COLUMN,
                "the column " + table.id().qualified() + "." + spelled + " is on the deny-list and may not be read");
    }

    private static boolean isQualified(Column column) {
        return column.getTable() != null && column.getTable().getName() != null;
    }

    private static String lastPart(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
