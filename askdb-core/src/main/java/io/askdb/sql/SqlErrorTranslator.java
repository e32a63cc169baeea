package io.askdb.sql;

import io.askdb.api.ErrorCode;
import io.askdb.sql.SqlExecutionException.Kind;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns driver exceptions into askdb's errors by SQLState, in one table: '08' means the connection
 * failed (retryable), a cancelled or timed-out statement is a timeout, the rest ('42' unknown object
 * or syntax, '22' data) is a statement error that self-correction may fix. Exact states come before
 * their class; each entry also gives the {@link Kind} self-correction reads.
 */
final class SqlErrorTranslator {

    private record Entry(ErrorCode code, boolean retryable, Kind kind, String words) {}

    private static final String REFUSED = "the database refused the statement";
    private static final String FAILED = "the statement failed";

    private static final Map<String, Entry> BY_STATE = Map.ofEntries(
            Map.entry("08", new Entry(ErrorCode.DATABASE_UNAVAILABLE, true, Kind.CONNECTION,
                    "the database connection failed")),
            Map.entry("57014", new Entry(ErrorCode.QUERY_TIMEOUT, true, Kind.TIMEOUT,
                    "the query was cancelled (statement timeout)")),
            Map.entry("HYT00", new Entry(ErrorCode.QUERY_TIMEOUT, true, Kind.TIMEOUT, "the query timed out")),
            Map.entry("HY008", new Entry(ErrorCode.QUERY_TIMEOUT, true, Kind.TIMEOUT,
                    "the query was cancelled (statement timeout)")),
            Map.entry("70100", new Entry(ErrorCode.QUERY_TIMEOUT, true, Kind.TIMEOUT,
                    "the query was interrupted (statement timeout)")),
            Map.entry("53", new Entry(ErrorCode.DATABASE_UNAVAILABLE, true, Kind.RESOURCES,
                    "the database is out of resources")),
            // '42000' is the standard's "syntax error or access rule violation"; MySQL also uses it for access.
            Map.entry("42000", refused(Kind.SYNTAX)),
            Map.entry("42001", refused(Kind.SYNTAX)), // H2: syntax error, with the expected tokens
            Map.entry("42601", refused(Kind.SYNTAX)), // PostgreSQL: syntax_error
            Map.entry("42S02", refused(Kind.UNKNOWN_OBJECT)), // table or view not found (ODBC, H2, MySQL, SQL Server)
            Map.entry("42S12", refused(Kind.UNKNOWN_OBJECT)), // index not found
            Map.entry("42S22", refused(Kind.UNKNOWN_OBJECT)), // column not found
            Map.entry("42P01", refused(Kind.UNKNOWN_OBJECT)), // PostgreSQL: undefined_table
            Map.entry("42703", refused(Kind.UNKNOWN_OBJECT)), // PostgreSQL: undefined_column
            Map.entry("42704", refused(Kind.UNKNOWN_OBJECT)), // PostgreSQL: undefined_object
            Map.entry("42883", refused(Kind.UNKNOWN_OBJECT)), // PostgreSQL: undefined_function
            Map.entry("3F000", new Entry(ErrorCode.SQL_FAILED, false, Kind.UNKNOWN_OBJECT, FAILED)), // invalid schema name
            Map.entry("90022", new Entry(ErrorCode.SQL_FAILED, false, Kind.UNKNOWN_OBJECT, FAILED)), // H2: function not found
            Map.entry("90079", new Entry(ErrorCode.SQL_FAILED, false, Kind.UNKNOWN_OBJECT, FAILED)), // H2: schema not found
            Map.entry("42", refused(Kind.STATEMENT)),
            Map.entry("22", new Entry(ErrorCode.SQL_FAILED, false, Kind.DATA, "the statement failed on the data")));

    private static final Entry OTHER = new Entry(ErrorCode.SQL_FAILED, false, Kind.OTHER, FAILED);

    /**
     * SQLite's driver gives no SQLState; its messages name the result code and then the problem, so
     * for it alone the kind comes from these fixed phrases.
     */
    private static final List<Map.Entry<String, Kind>> SQLITE_PHRASES = List.of(
            Map.entry("no such table", Kind.UNKNOWN_OBJECT),
            Map.entry("no such column", Kind.UNKNOWN_OBJECT),
            Map.entry("no such function", Kind.UNKNOWN_OBJECT),
            Map.entry("syntax error", Kind.SYNTAX));

    private SqlErrorTranslator() {}

    static SqlExecutionException translate(SQLException e, String sql) {
        Entry entry = classify(e);
        String state = e.getSQLState();
        String message = entry.words() + ": " + firstLine(e.getMessage())
                + (state == null ? "" : " [SQLState " + state + "]");
        return new SqlExecutionException(entry.code(), entry.retryable(), entry.kind(), state, message, e);
    }

    private static Entry classify(SQLException e) {
        if (e instanceof SQLTimeoutException) {
            return BY_STATE.get("HYT00");
        }
        if (e instanceof SQLTransientConnectionException) {
            return BY_STATE.get("08");
        }
        String state = e.getSQLState();
        if (state == null) {
            return e.getCause() instanceof java.io.IOException ? BY_STATE.get("08") : withoutState(e);
        }
        Entry exact = BY_STATE.get(state);
        if (exact != null) {
            return exact;
        }
        return state.length() >= 2 ? BY_STATE.getOrDefault(state.substring(0, 2), OTHER) : OTHER;
    }

    private static Entry withoutState(SQLException e) {
        if (!e.getClass().getName().startsWith("org.sqlite.") || e.getMessage() == null) {
            return OTHER;
        }
        String message = e.getMessage().toLowerCase(Locale.ROOT);
        return SQLITE_PHRASES.stream().filter(p -> message.contains(p.getKey())).findFirst()
                .map(p -> new Entry(OTHER.code(), OTHER.retryable(), p.getValue(), OTHER.words()))
                .orElse(OTHER);
    }

    private static Entry refused(Kind kind) {
        return new Entry(ErrorCode.SQL_FAILED, false, kind, REFUSED);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
