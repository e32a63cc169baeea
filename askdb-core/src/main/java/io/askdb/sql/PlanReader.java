package io.askdb.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Asks a database how it would run a statement, without running it: {@code EXPLAIN} (H2,
 * PostgreSQL, MySQL/MariaDB) or {@code EXPLAIN QUERY PLAN} (SQLite). Only statements that already
 * passed the {@link SqlGuard} come here; the plan is the database's own text, one line per row.
 */
public final class PlanReader {

    private static final int MAX_LINES = 200;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Duration timeout;

    public PlanReader(DataSource dataSource, Dialect dialect, Duration timeout) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.timeout = timeout;
    }

    /** Whether this database has a plan statement askdb knows how to read. */
    public boolean supported() {
        return prefix() != null;
    }

    /**
     * The plan's lines (at most {@value #MAX_LINES}).
     *
     * @throws UnsupportedOperationException for a database without a known plan statement (SQL Server)
     * @throws SqlExecutionException when the database refuses to plan the statement
     */
    public List<String> explain(GuardedSql guarded) {
        String prefix = prefix();
        if (prefix == null) {
            throw new UnsupportedOperationException(dialect.displayName() + " plans are not read by askdb");
        }
        String sql = prefix + guarded.sql();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            try (ResultSet rs = statement.executeQuery(sql)) {
                return lines(rs);
            }
        } catch (SQLException e) {
            throw SqlErrorTranslator.translate(e, sql);
        }
    }

    private String prefix() {
        return switch (dialect) {
            case H2, H2_MSSQL, POSTGRESQL, MYSQL -> "EXPLAIN ";
            case SQLITE -> "EXPLAIN QUERY PLAN ";
            case SQLSERVER, ANSI -> null;
        };
    }

    private static List<String> lines(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int width = meta.getColumnCount();
        List<String> lines = new ArrayList<>();
        while (rs.next() && lines.size() < MAX_LINES) {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= width; i++) {
                Object value = rs.getObject(i);
                if (value != null) {
                    line.append(line.isEmpty() ? "" : " | ").append(value);
                }
            }
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }
}
