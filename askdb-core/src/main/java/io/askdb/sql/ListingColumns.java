package io.askdb.sql;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Turns the star of a row listing into the columns a person reads: {@code SELECT * FROM Customer
 * JOIN … WHERE City = 'London'} lists the customers' own columns without their bookkeeping (surrogate
 * GUIDs, row-maintenance timestamps, row versions, binary blobs, denied columns), plus the columns of
 * the joined tables the question filtered or sorted on ({@code City}). Only the outermost select, only
 * when its whole list is stars over catalogue tables; DISTINCT and GROUP BY keep their stars (fewer
 * columns would change which rows they return). A star over one table that drops nothing stays a star.
 */
final class ListingColumns {

    private static final Pattern GUID = Pattern.compile("(row_?)?guid|row_?version|uuid");
    private static final Pattern MAINTENANCE = Pattern.compile(
            "(last_?)?(modified|modify|updated?|changed?|edited)(_?(date|time|timestamp|at|on|by|utc))?|last_?update[ds]?(_?(date|time|at|on))?");

    /** How many columns of its own a table shows in a listing that joins it to others. */
    static final int JOINED_WIDTH = 6;

    private ListingColumns() {}

    /** Whether a column is the row's bookkeeping rather than something it says about itself. */
    static boolean isBookkeeping(ColumnInfo c) {
        String name = ColumnNamer.snake(c.name()).replace("_", "");
        String snake = ColumnNamer.snake(c.name());
        String type = c.typeName().toLowerCase(Locale.ROOT);
        if (GUID.matcher(name).matches() || GUID.matcher(snake).matches()) {
            return !c.primaryKey();
        }
        if ((type.equals("uniqueidentifier") || type.equals("uuid")) && !c.primaryKey()) {
            return true;
        }
        if (c.isTemporal() && (MAINTENANCE.matcher(snake).matches() || MAINTENANCE.matcher(name).matches())) {
            return true;
        }
        if (type.contains("binary") || type.equals("blob") || type.equals("image") || type.equals("bytea")
                || type.equals("rowversion")) {
            return true;
        }
        return switch (c.jdbcType()) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> !type.contains("uuid");
            default -> false;
        };
    }

    private record Source(TableInfo table, String qualifier) {}

    static void apply(Select select, SchemaCatalog catalog, ColumnDenyList denyList, Dialect dialect) {
        Select s = select;
        while (s instanceof ParenthesedSelect p && p.getSelect() != null) {
            s = p.getSelect();
        }
        if (!(s instanceof PlainSelect ps) || ps.getSelectItems() == null || ps.getDistinct() != null
                || ps.getGroupBy() != null || ps.getFromItem() == null) {
            return;
        }
        List<Source> sources = new ArrayList<>();
        if (!addSource(ps.getFromItem(), catalog, sources)) {
            return;
        }
        if (ps.getJoins() != null) {
            for (Join join : ps.getJoins()) {
                if (!addSource(join.getFromItem(), catalog, sources)) {
                    return;
                }
            }
        }
        List<Source> shown = new ArrayList<>();
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllColumns && !(e instanceof AllTableColumns)) {
                shown.add(sources.get(0));
            } else if (e instanceof AllTableColumns star) {
                Optional<Source> source = find(sources, star.getTable().getUnquotedName());
                if (source.isEmpty()) {
                    return;
                }
                shown.add(source.get());
            } else {
                return;
            }
        }
        boolean qualify = sources.size() > 1;
        List<SelectItem<?>> items = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        boolean dropped = sources.size() > 1;
        for (Source source : shown) {
            List<ColumnInfo> readable = new ArrayList<>();
            for (ColumnInfo c : source.table().columns()) {
                if (denyList.isDenied(source.table().id(), c.name()) || isBookkeeping(c)) {
                    dropped = true;
                } else {
                    readable.add(c);
                }
            }
            for (ColumnInfo c : qualify ? describing(readable) : readable) {
                add(items, seen, source, c, qualify, dialect);
            }
        }
        if (!dropped || items.isEmpty()) {
            return;
        }
        // What the question asked about in the other tables: the columns it filters and sorts on.
        List<Column> asked = new ArrayList<>();
        if (ps.getWhere() != null) {
            asked.addAll(AstNodes.collect(ps.getWhere(), Column.class));
        }
        if (ps.getOrderByElements() != null) {
            for (OrderByElement o : ps.getOrderByElements()) {
                asked.addAll(AstNodes.collect(o.getExpression(), Column.class));
            }
        }
        for (Column column : asked) {
            if (column.getTable() == null || column.getTable().getName() == null) {
                continue;
            }
            Optional<Source> source = find(sources, column.getTable().getUnquotedName());
            if (source.isEmpty() || shown.contains(source.get())) {
                continue;
            }
            source.get().table().column(Identifiers.unquote(column.getColumnName()))
                    .filter(c -> !denyList.isDenied(source.get().table().id(), c.name()))
                    .ifPresent(c -> add(items, seen, source.get(), c, qualify, dialect));
        }
        ps.setSelectItems(items);
    }

    /**
     * The columns of a joined listing's table that identify and describe its rows: its key, then
     * names and titles, then other text, numbers and dates, flags last; at most {@value #JOINED_WIDTH},
     * in table order.
     */
    private static List<ColumnInfo> describing(List<ColumnInfo> readable) {
        if (readable.size() <= JOINED_WIDTH) {
            return readable;
        }
        List<ColumnInfo> ranked = new ArrayList<>(readable);
        ranked.sort(java.util.Comparator.comparingInt(ListingColumns::rank));
        List<ColumnInfo> kept = ranked.subList(0, JOINED_WIDTH);
        return readable.stream().filter(kept::contains).toList();
    }

    private static int rank(ColumnInfo c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        if (c.primaryKey()) {
            return 0;
        }
        if (c.isText() && (n.contains("name") || n.contains("title"))) {
            return 1;
        }
        if (c.isText()) {
            return 2;
        }
        return c.isNumeric() || c.isTemporal() ? 3 : 4;
    }

    private static void add(List<SelectItem<?>> items, List<String> seen, Source source, ColumnInfo c, boolean qualify,
            Dialect dialect) {
        String key = source.qualifier().toLowerCase(Locale.ROOT) + "." + c.name().toLowerCase(Locale.ROOT);
        if (seen.contains(key)) {
            return;
        }
        seen.add(key);
        Table qualifier = qualify ? new Table(source.qualifier()) : null;
        // Bare names where SQL Server would take them: the offline tiers write H2 in SQL Server mode that way too.
        Dialect rules = dialect == Dialect.H2_MSSQL ? Dialect.SQLSERVER : dialect;
        String name = Identifiers.needsQuotes(c.name(), rules) ? dialect.quote(c.name()) : c.name();
        items.add(new SelectItem<>(new Column(qualifier, name)));
    }

    private static boolean addSource(FromItem item, SchemaCatalog catalog, List<Source> sources) {
        if (!(item instanceof Table table) || table.getUnquotedName() == null) {
            return false;
        }
        String schema = table.getUnquotedSchemaName();
        String name = table.getUnquotedName();
        Optional<TableInfo> info = schema == null ? catalog.table(name) : catalog.table(new TableId(schema, name));
        if (info.isEmpty()) {
            return false;
        }
        String qualifier = table.getAlias() != null ? table.getAlias().getName() : table.getFullyQualifiedName();
        sources.add(new Source(info.get(), qualifier));
        return true;
    }

    /** The source a qualifier names: its alias, or its table's name. */
    private static Optional<Source> find(List<Source> sources, String qualifier) {
        if (qualifier == null) {
            return Optional.empty();
        }
        String q = Identifiers.unquote(qualifier).toLowerCase(Locale.ROOT);
        for (Source s : sources) {
            String own = Identifiers.unquote(s.qualifier()).toLowerCase(Locale.ROOT);
            if (own.equals(q) || s.table().name().toLowerCase(Locale.ROOT).equals(q)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
