package io.askdb.sql;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Top;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Caps the rows of the outermost query in the dialect's own syntax ({@link Dialect#rowCap(boolean)}):
 * {@code TOP n}, {@code LIMIT n} or {@code FETCH FIRST n ROWS ONLY}. A smaller existing cap is kept, a larger
 * one lowered; a cap that cannot be compared (a parameter, a percentage) is kept and the query
 * wrapped in an outer capped {@code SELECT *}. On SQL Server a set operation cannot take TOP, so it
 * gets {@code OFFSET 0 ROWS FETCH NEXT n ROWS} after its ORDER BY, or a wrapper when it has none.
 */
final class RowCapper {

    static final String WRAPPER_ALIAS = "askdb_capped";

    /**
     * The statement to run, whether the guard added or lowered a cap, and the cap literals it wrote
     * (so the SQL shown to a person can carry the configured bound instead of the executor's).
     */
    record Result(Select select, boolean capped, List<LongValue> caps) {

        Result(Select select, boolean capped) {
            this(select, capped, List.of());
        }
    }

    private RowCapper() {}

    static Result apply(Select select, Dialect dialect, int maxRows) {
        return apply(select, dialect, maxRows, maxRows);
    }

    /**
     * As {@link #apply(Select, Dialect, int)}; a cap of exactly {@code shownRows} (the bound as the
     * SQL shown to a person writes it, below {@code maxRows}) is treated as the guard's own cap and
     * raised to {@code maxRows}, so shown SQL that runs again still tells a cut answer from a whole one.
     */
    static Result apply(Select select, Dialect dialect, int maxRows, int shownRows) {
        List<LongValue> caps = new ArrayList<>();
        Result r = apply(select, dialect, maxRows, shownRows < maxRows ? shownRows : -1, caps);
        return new Result(r.select(), r.capped(), List.copyOf(caps));
    }

    private static Result apply(Select select, Dialect dialect, int maxRows, long shown, List<LongValue> caps) {
        if (select instanceof ParenthesedSelect p && isBare(p)) {
            return apply(p.getSelect(), dialect, maxRows, shown, caps);
        }
        Top top = select instanceof PlainSelect ps ? ps.getTop() : null;
        Limit limit = select.getLimit() != null && select.getLimit().getRowCount() != null ? select.getLimit() : null;
        Fetch fetch = select.getFetch();
        if (top == null && limit == null && fetch == null) {
            if (select instanceof PlainSelect plain && returnsOneRow(plain)) {
                return new Result(select, false);
            }
            return new Result(addCap(select, dialect, maxRows, caps), true);
        }
        boolean lowered = false;
        if (top != null) {
            Long n = literal(top.getExpression());
            if (n == null || top.isPercentage()) {
                return new Result(wrap(select, dialect, maxRows, caps), true);
            }
            if (n > maxRows || n == shown) {
                top.setExpression(cap(maxRows, caps));
                lowered = true;
            }
        }
        if (limit != null) {
            Long n = literal(limit.getRowCount());
            boolean unlimited = limit.getRowCount() instanceof AllValue || limit.getRowCount() instanceof NullValue;
            if (unlimited || n != null && (n > maxRows || n == shown)) {
                limit.setRowCount(cap(maxRows, caps));
                lowered = true;
            } else if (n == null) {
                return new Result(wrap(select, dialect, maxRows, caps), true);
            }
        }
        if (fetch != null) {
            Long n = literal(fetch.getExpression());
            boolean percent = fetch.getFetchParameters().stream().anyMatch(p -> p.equalsIgnoreCase("PERCENT"));
            if (n == null || percent) {
                return new Result(wrap(select, dialect, maxRows, caps), true);
            }
            if (n > maxRows || n == shown) {
                fetch.setExpression(cap(maxRows, caps));
                lowered = true;
            }
        }
        return new Result(select, lowered);
    }

    private static final java.util.Set<String> AGGREGATES = java.util.Set.of("count", "sum", "avg", "min", "max",
            "count_big", "stddev", "variance", "group_concat", "string_agg", "listagg");

    /** A query of aggregates only, without GROUP BY, returns one row: a cap would only clutter it. */
    private static boolean returnsOneRow(PlainSelect plain) {
        if (plain.getGroupBy() != null || plain.getSelectItems() == null || plain.getSelectItems().isEmpty()) {
            return false;
        }
        return plain.getSelectItems().stream().allMatch(item -> item.getExpression()
                instanceof net.sf.jsqlparser.expression.Function f
                && f.getName() != null
                && AGGREGATES.contains(f.getName().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final java.util.Set<String> DATE_PARTS = java.util.Set.of("year", "month", "day", "hour",
            "minute", "second");

    /** Whether the first selected expression is a call such as {@code YEAR(OrderDate)}. */
    private static boolean startsWithDatePart(Select select) {
        return select instanceof PlainSelect ps && ps.getSelectItems() != null && !ps.getSelectItems().isEmpty()
                && ps.getSelectItems().get(0).getExpression() instanceof net.sf.jsqlparser.expression.Function f
                && f.getName() != null && DATE_PARTS.contains(f.getName().toLowerCase(java.util.Locale.ROOT));
    }

    private static Select addCap(Select select, Dialect dialect, int maxRows, List<LongValue> caps) {
        boolean distinct = select instanceof PlainSelect ps && ps.getDistinct() != null;
        Dialect.RowCap kind = dialect.rowCap(distinct);
        if (kind == Dialect.RowCap.TOP && dialect == Dialect.H2_MSSQL && startsWithDatePart(select)) {
            // H2 reads "TOP 1000 YEAR(" as the start of an interval and rejects the statement.
            kind = Dialect.RowCap.FETCH_FIRST;
        }
        switch (kind) {
            case TOP -> {
                if (select instanceof PlainSelect ps && ps.getOffset() == null) {
                    Top top = new Top();
                    top.setExpression(cap(maxRows, caps));
                    ps.setTop(top);
                } else if (hasOrderBy(select)) {
                    if (select.getOffset() == null) {
                        Offset offset = new Offset();
                        offset.setOffset(new LongValue(0));
                        offset.setOffsetParam("ROWS");
                        select.setOffset(offset);
                    }
                    select.setFetch(fetch(maxRows, false, caps));
                } else {
                    return wrap(select, dialect, maxRows, caps);
                }
            }
            case LIMIT -> {
                Limit limit = new Limit();
                limit.setRowCount(cap(maxRows, caps));
                select.setLimit(limit);
            }
            case FETCH_FIRST -> select.setFetch(fetch(maxRows, true, caps));
        }
        return select;
    }

    /** {@code SELECT * FROM (query) AS askdb_capped} with the cap on the outside; WITH moves out too. */
    private static Select wrap(Select select, Dialect dialect, int maxRows, List<LongValue> caps) {
        List<WithItem<?>> with = select.getWithItemsList();
        select.setWithItemsList(null);
        ParenthesedSelect inner = new ParenthesedSelect();
        inner.setSelect(select);
        inner.setAlias(new Alias(WRAPPER_ALIAS));
        PlainSelect outer = new PlainSelect();
        outer.addSelectItems(new AllColumns());
        outer.setFromItem(inner);
        outer.setWithItemsList(with);
        return addCap(outer, dialect, maxRows, caps);
    }

    private static LongValue cap(int maxRows, List<LongValue> caps) {
        LongValue value = new LongValue(maxRows);
        caps.add(value);
        return value;
    }

    private static Fetch fetch(int maxRows, boolean first, List<LongValue> caps) {
        Fetch fetch = new Fetch();
        fetch.setExpression(cap(maxRows, caps));
        fetch.setFetchParamFirst(first);
        fetch.getFetchParameters().add("ROWS");
        fetch.getFetchParameters().add("ONLY");
        return fetch;
    }

    private static boolean hasOrderBy(Select select) {
        return select.getOrderByElements() != null && !select.getOrderByElements().isEmpty();
    }

    private static boolean isBare(ParenthesedSelect p) {
        return !hasOrderBy(p) && p.getLimit() == null && p.getOffset() == null && p.getFetch() == null
                && (p.getWithItemsList() == null || p.getWithItemsList().isEmpty()) && p.getAlias() == null;
    }

    private static Long literal(Expression e) {
        return e instanceof LongValue v ? v.getValue() : null;
    }
}
