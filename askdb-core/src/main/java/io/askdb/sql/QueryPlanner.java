package io.askdb.sql;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Asks the database how it would run a guarded statement, without running it: {@code EXPLAIN} on
 * H2, PostgreSQL, MySQL/MariaDB and DuckDB, {@code EXPLAIN QUERY PLAN} on SQLite, and
 * {@code SET SHOWPLAN_ALL ON} on SQL Server (which then returns the plan instead of executing).
 * None of these forms executes the statement (EXPLAIN ANALYZE would, and is never used); the
 * connection is read-only as well. A statement the database cannot plan (an unknown column, a
 * syntax error) fails here with the same translated error as execution would, so self-correction
 * works the same in a dry run.
 *
 * <p>Thread-safe: each call borrows its own connection.
 */
public final class QueryPlanner {

    private static final Pattern PG_COST = Pattern.compile("cost=([0-9.]+)\\.\\.([0-9.]+) rows=([0-9]+)");
    private static final Pattern DUCKDB_ROWS = Pattern.compile("~\\s*([0-9,]+)\\s+[Rr]ows?");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Duration timeout;

    public QueryPlanner(DataSource dataSource, Dialect dialect, Duration timeout) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.timeout = timeout;
    }

    /** The plan of a statement that already passed the guard, and what it reads in {@code catalog}. */
    public QueryPlan plan(GuardedSql guarded, SchemaCatalog catalog) {
        String command = command(dialect);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            Explained explained = dialect == Dialect.SQLSERVER
                    ? showPlan(statement, guarded.sql())
                    : explain(statement, command + " " + guarded.sql());
            List<String> tables = guarded.tables().stream().map(TableId::qualified).toList();
            return new QueryPlan(dialect.displayName(), command, explained.lines(), explained.rows(),
                    explained.cost(), tables, columnsRead(guarded, catalog, dialect));
        } catch (SQLException e) {
            throw SqlErrorTranslator.translate(e, guarded.sql());
        }
    }

    static String command(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> "EXPLAIN QUERY PLAN";
            case SQLSERVER -> "SET SHOWPLAN_ALL ON";
            default -> "EXPLAIN";
        };
    }

    private record Explained(List<String> lines, Double rows, Double cost) {}

    private Explained explain(Statement statement, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return switch (dialect) {
            case POSTGRESQL -> postgres(rows);
            case MYSQL -> mysql(rows);
            case SQLITE -> new Explained(rows.stream().map(r -> String.valueOf(r.get("detail"))).toList(), null, null);
            case DUCKDB -> duckdb(rows);
            default -> new Explained(textLines(rows), null, null);
        };
    }

    /** PostgreSQL prints one line per node; the first carries the total: {@code (cost=0.00..12.50 rows=250 width=8)}. */
    private static Explained postgres(List<Map<String, Object>> rows) {
        List<String> lines = textLines(rows);
        Matcher m = lines.isEmpty() ? null : PG_COST.matcher(lines.get(0));
        if (m != null && m.find()) {
            return new Explained(lines, Double.parseDouble(m.group(3)), Double.parseDouble(m.group(2)));
        }
        return new Explained(lines, null, null);
    }

    /** MySQL and MariaDB give one row per table read, with the rows they expect to examine there. */
    private static Explained mysql(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        double examined = 0;
        boolean any = false;
        for (Map<String, Object> r : rows) {
            Object n = r.get("rows");
            Double count = n instanceof Number number ? Double.valueOf(number.doubleValue()) : number(n);
            if (count != null) {
                examined += count;
                any = true;
            }
            lines.add(String.format(Locale.ROOT, "%s %s: access=%s key=%s rows=%s %s", r.get("id"),
                    r.get("select_type"), r.get("table"), r.get("key"), n,
                    r.get("extra") == null ? "" : r.get("extra")).trim());
        }
        return new Explained(lines, any ? examined : null, null);
    }

    /** DuckDB gives the physical plan as a drawing in one cell, with {@code ~N rows} estimates per node. */
    private static Explained duckdb(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Object value = r.getOrDefault("explain_value", r.values().stream().reduce((a, b) -> b).orElse(""));
            lines.addAll(List.of(String.valueOf(value).split("\\R")));
        }
        Double estimate = null;
        for (String line : lines) {
            Matcher m = DUCKDB_ROWS.matcher(line);
            if (m.find()) {
                estimate = Double.parseDouble(m.group(1).replace(",", ""));
                break;
            }
        }
        return new Explained(lines, estimate, null);
    }

    /** SQL Server: with SHOWPLAN_ALL on, a query returns its plan rows and is not executed. */
    private static Explained showPlan(Statement statement, String sql) throws SQLException {
        statement.execute("SET SHOWPLAN_ALL ON");
        try {
            List<String> lines = new ArrayList<>();
            Double rows = null;
            Double cost = null;
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    lines.add(rs.getString("StmtText").strip());
                    if (rows == null) {
                        rows = rs.getDouble("EstimateRows");
                        cost = rs.getDouble("TotalSubtreeCost");
                    }
                }
            }
            return new Explained(lines, rows, cost);
        } finally {
            statement.execute("SET SHOWPLAN_ALL OFF");
        }
    }

    /** MariaDB sends some EXPLAIN columns as text. */
    private static Double number(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> textLines(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            for (Object v : r.values()) {
                lines.addAll(List.of(String.valueOf(v).split("\\R")));
            }
        }
        return lines;
    }

    /**
     * The catalogue columns the statement names, as {@code table.column}: qualified names through their
     * table or alias, unqualified ones through the first table read that has them, {@code *} as every
     * column of the tables read.
     */
    static List<String> columnsRead(GuardedSql guarded, SchemaCatalog catalog, Dialect dialect) {
        List<TableInfo> read = guarded.tables().stream().map(catalog::table).flatMap(Optional::stream).toList();
        if (read.isEmpty()) {
            return List.of();
        }
        Map<String, TableInfo> byName = new HashMap<>();
        List<Object> nodes = new ArrayList<>();
        AstNodes.walk(new StatementParser(dialect).parseOne(guarded.sql()), node -> {
            if (node instanceof Table t && t.getName() != null) {
                read.stream().filter(info -> info.name().equalsIgnoreCase(unquote(t.getName()))).findFirst()
                        .ifPresent(info -> {
                            byName.put(info.name().toLowerCase(Locale.ROOT), info);
                            if (t.getAlias() != null) {
                                byName.put(unquote(t.getAlias().getName()).toLowerCase(Locale.ROOT), info);
                            }
                        });
            }
            nodes.add(node);
            return true;
        });
        Set<String> columns = new LinkedHashSet<>();
        for (Object node : nodes) {
            // A star counts only as a select item: COUNT(*) reads no column.
            Object item = node instanceof SelectItem<?> selected ? selected.getExpression() : null;
            if (item instanceof AllTableColumns all) {
                TableInfo t = byName.get(unquote(all.getTable().getName()).toLowerCase(Locale.ROOT));
                if (t != null) {
                    t.columns().forEach(c -> columns.add(qualified(t, c.name())));
                }
            } else if (item instanceof AllColumns) {
                read.forEach(t -> t.columns().forEach(c -> columns.add(qualified(t, c.name()))));
            } else if (node instanceof Column column) {
                String name = unquote(column.getColumnName());
                Table qualifier = column.getTable();
                List<TableInfo> candidates = qualifier != null && qualifier.getName() != null
                        ? Optional.ofNullable(byName.get(unquote(qualifier.getName()).toLowerCase(Locale.ROOT)))
                                .map(List::of).orElse(List.of())
                        : read;
                candidates.stream().map(t -> t.column(name).map(c -> qualified(t, c.name())))
                        .flatMap(Optional::stream).findFirst().ifPresent(columns::add);
            }
        }
        return List.copyOf(columns);
    }

    private static String qualified(TableInfo table, String column) {
        return table.id().qualified() + "." + column;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && "\"[`".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
