package io.askdb.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * Names the result columns a database would otherwise head {@code column1}, {@code COUNT(*)} or
 * {@code sum}: each unnamed expression of the outermost select list gets an alias a person reads
 * at once, the same in every dialect. {@code COUNT(*)} becomes {@code count}, {@code SUM(TotalDue)}
 * {@code total_due}, {@code AVG(ListPrice)} {@code avg_list_price}, {@code MAX(OrderDate)}
 * {@code max_order_date}. Plain columns and stars keep their own names; an alias never repeats
 * another output name.
 */
final class ColumnNamer {

    private static final Set<String> PREFIXED = Set.of("avg", "min", "max", "stddev", "variance");

    private ColumnNamer() {}

    static void apply(Select select, Dialect dialect) {
        PlainSelect plain = outermost(select);
        if (plain == null || plain.getSelectItems() == null) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (SelectItem<?> item : plain.getSelectItems()) {
            String own = item.getAlias() != null ? Identifiers.unquote(item.getAlias().getName())
                    : item.getExpression() instanceof Column c ? Identifiers.unquote(c.getColumnName()) : null;
            if (own != null) {
                taken.add(own.toLowerCase(Locale.ROOT));
            }
        }
        for (SelectItem<?> item : plain.getSelectItems()) {
            Expression e = item.getExpression();
            if (item.getAlias() != null || e instanceof Column || e instanceof AllColumns) {
                continue;
            }
            String name = nameOf(e);
            if (name == null || name.isEmpty()) {
                continue;
            }
            String unique = name;
            for (int n = 2; taken.contains(unique); n++) {
                unique = name + "_" + n;
            }
            taken.add(unique);
            item.setAlias(new Alias(written(unique, dialect), true));
        }
    }

    /** The select whose items head the result: the query itself, or the first branch of a set operation. */
    private static PlainSelect outermost(Select select) {
        Select s = select;
        while (true) {
            if (s instanceof ParenthesedSelect p && p.getSelect() != null) {
                s = p.getSelect();
            } else if (s instanceof SetOperationList set && !set.getSelects().isEmpty()) {
                s = set.getSelects().get(0);
            } else {
                return s instanceof PlainSelect ps ? ps : null;
            }
        }
    }

    /** A snake_case name for an expression, or null when it has nothing to be named after (a literal). */
    static String nameOf(Expression e) {
        if (e instanceof Column c) {
            return snake(Identifiers.unquote(c.getColumnName()));
        }
        if (e instanceof CastExpression cast) {
            return nameOf(cast.getLeftExpression());
        }
        if (e instanceof Function f && f.getName() != null) {
            String fn = f.getName().toLowerCase(Locale.ROOT);
            List<Expression> args = f.getParameters() == null ? List.of() : new ArrayList<>(f.getParameters());
            if (fn.equals("count") || fn.equals("count_big")) {
                if (f.isDistinct() && args.size() == 1) {
                    String of = nameOf(args.get(0));
                    return of == null ? "count" : "count_distinct_" + of;
                }
                return "count";
            }
            String inner = args.size() == 1 ? nameOf(args.get(0)) : columnsOf(e);
            if (fn.equals("sum")) {
                return inner == null ? "total" : inner;
            }
            if (PREFIXED.contains(fn)) {
                return inner == null ? fn : fn + "_" + inner;
            }
            // ROUND(AVG(x), 2), COALESCE(SUM(x), 0): named after what they wrap.
            if (!args.isEmpty() && args.get(0) instanceof Function) {
                return nameOf(args.get(0));
            }
            return inner == null ? snake(fn) : snake(fn) + "_" + inner;
        }
        return columnsOf(e);
    }

    /** The columns an expression reads, joined: {@code UnitPrice * OrderQty} gives {@code unit_price_order_qty}. */
    private static String columnsOf(Expression e) {
        List<String> parts = new ArrayList<>();
        for (Column c : AstNodes.collect(e, Column.class)) {
            String s = snake(Identifiers.unquote(c.getColumnName()));
            if (!s.isEmpty() && !parts.contains(s)) {
                parts.add(s);
            }
        }
        return parts.isEmpty() ? null : String.join("_", parts);
    }

    /** {@code ListPrice}, {@code list_price} and {@code LISTPRICE} as {@code list_price}, {@code listprice}. */
    static String snake(String identifier) {
        StringBuilder out = new StringBuilder();
        char[] chars = identifier.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!Character.isLetterOrDigit(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                continue;
            }
            if (i > 0 && Character.isUpperCase(c) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                char prev = chars[i - 1];
                boolean acronymEnd = Character.isUpperCase(prev) && i + 1 < chars.length && Character.isLowerCase(chars[i + 1]);
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || acronymEnd) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '_') {
            end--;
        }
        return out.substring(0, end);
    }

    /**
     * The alias as written: bare unless reserved or not a plain name. H2 in SQL Server mode reads
     * bare names as written, as SQL Server does (the embedded sample turns case folding off).
     */
    private static String written(String name, Dialect dialect) {
        if (dialect == Dialect.H2_MSSQL || dialect == Dialect.POSTGRESQL) {
            return Identifiers.needsQuotes(name, Dialect.SQLSERVER) ? dialect.quote(name) : name;
        }
        return Identifiers.forSql(name, dialect);
    }
}
