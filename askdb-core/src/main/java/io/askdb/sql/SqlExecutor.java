package io.askdb.sql;

import io.askdb.api.Deadline;
import io.askdb.api.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs guarded SQL on a pooled connection with a statement timeout and a row bound. It reads one
 * row past the bound to tell the caller the answer was cut ({@code truncated}).
 */
public final class SqlExecutor {

    private final ConnectionSource connections;
    private final Duration timeout;
    private final int maxRows;

    public SqlExecutor(DataSource dataSource, Duration timeout, int maxRows) {
        this(dataSource::getConnection, timeout, maxRows);
    }

    SqlExecutor(ConnectionSource connections, Duration timeout, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
        }
        this.connections = connections;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /**
     * Executes one read-only statement that already passed the guard, cut at the statement timeout
     * or at the current request's {@link Deadline}, whichever comes first (to the second, as JDBC
     * counts it).
     */
    public QueryResult execute(String sql) {
        long start = System.nanoTime();
        Deadline deadline = Deadline.current();
        try (Connection connection = connections.connect();
                Statement statement = connection.createStatement()) {
            if (deadline.passed()) {
                throw new SqlExecutionException(ErrorCode.QUERY_TIMEOUT, true, SqlExecutionException.Kind.TIMEOUT,
                        null, "the request's time limit of " + deadline.limit().toMillis()
                                + " ms ran out before the query could start", null);
            }
            statement.setQueryTimeout((int) Math.max(1, deadline.cap(timeout).toSeconds()));
            statement.setMaxRows(maxRows + 1);
            try (ResultSet rs = statement.executeQuery(sql)) {
                return read(rs);
            }
        } catch (SQLException e) {
            SqlExecutionException failure = SqlErrorTranslator.translate(e, sql);
            if (failure.kind() == SqlExecutionException.Kind.CONNECTION) {
                connections.lost(System.nanoTime() - start, e);
            }
            throw failure;
        }
    }

    private QueryResult read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int width = meta.getColumnCount();
        List<String> columns = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            columns.add(label(meta, i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                row.add(plain(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }

    /** The column's label; an unnamed expression (H2 leaves COUNT(*) blank in some modes) gets its position. */
    private static String label(ResultSetMetaData meta, int i) throws SQLException {
        String label = meta.getColumnLabel(i);
        if (label == null || label.isBlank()) {
            label = meta.getColumnName(i);
        }
        return label == null || label.isBlank() ? "column" + i : label;
    }

    /** Converts driver objects into values that print and serialize the same everywhere. */
    static Object plain(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof BigDecimal decimal) {
            // 12.5000 reads as 12.5 and 100.00 as 100, never as 1E+2.
            BigDecimal stripped = decimal.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) Math.min(clob.length(), 10_000));
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (value instanceof Blob blob) {
            return "<" + blob.length() + " bytes>";
        }
        return value.toString();
    }
}
