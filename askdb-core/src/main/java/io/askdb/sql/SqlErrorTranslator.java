package io.askdb.sql;

import io.askdb.api.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * Turns driver exceptions into askdb's errors by SQLState class, in one table: '08' means the
 * connection failed (retryable), a cancelled or timed-out statement is a timeout, the rest ('42'
 * unknown object or syntax, '22' data) is a statement error that self-correction may fix.
 */
final class SqlErrorTranslator {

    private record Kind(ErrorCode code, boolean retryable, String words) {}

    private static final Map<String, Kind> BY_STATE = Map.of(
            "08", new Kind(ErrorCode.DATABASE_UNAVAILABLE, true, "the database connection failed"),
            "57014", new Kind(ErrorCode.QUERY_TIMEOUT, true, "the query was cancelled (statement timeout)"),
            "HYT00", new Kind(ErrorCode.QUERY_TIMEOUT, true, "the query timed out"),
            "HY008", new Kind(ErrorCode.QUERY_TIMEOUT, true, "the query was cancelled (statement timeout)"),
            "70100", new Kind(ErrorCode.QUERY_TIMEOUT, true, "the query was interrupted (statement timeout)"),
            "53", new Kind(ErrorCode.DATABASE_UNAVAILABLE, true, "the database is out of resources"),
            "42", new Kind(ErrorCode.SQL_FAILED, false, "the database refused the statement"),
            "22", new Kind(ErrorCode.SQL_FAILED, false, "the statement failed on the data"));

    private static final Kind OTHER = new Kind(ErrorCode.SQL_FAILED, false, "the statement failed");

    private SqlErrorTranslator() {}

    static SqlExecutionException translate(SQLException e, String sql) {
        Kind kind = classify(e);
        String state = e.getSQLState();
        String message = kind.words() + ": " + firstLine(e.getMessage())
                + (state == null ? "" : " [SQLState " + state + "]");
        return new SqlExecutionException(kind.code(), kind.retryable(), state, message, e);
    }

    private static Kind classify(SQLException e) {
        if (e instanceof SQLTimeoutException) {
            return BY_STATE.get("HYT00");
        }
        if (e instanceof SQLTransientConnectionException) {
            return BY_STATE.get("08");
        }
        String state = e.getSQLState();
        if (state == null) {
            return e.getCause() instanceof java.io.IOException ? BY_STATE.get("08") : OTHER;
        }
        Kind exact = BY_STATE.get(state);
        if (exact != null) {
            return exact;
        }
        return state.length() >= 2 ? BY_STATE.getOrDefault(state.substring(0, 2), OTHER) : OTHER;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
