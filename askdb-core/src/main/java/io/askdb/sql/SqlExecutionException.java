package io.askdb.sql;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;

/**
 * The database refused or failed a statement. {@link #kind()} says what went wrong, read from the
 * driver's SQLState by {@link SqlErrorTranslator}'s table, so that self-correction can tell a wrong
 * name from a syntax error without reading the message; {@link #sqlState()} keeps the state itself.
 */
public final class SqlExecutionException extends AskDbException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure the database reported. */
    public enum Kind {
        /** The connection failed or was lost (SQLState class '08'). */
        CONNECTION,
        /** The statement ran past its timeout or was cancelled. */
        TIMEOUT,
        /** The database ran out of resources (class '53'). */
        RESOURCES,
        /** The statement does not parse ('42000', '42601'). */
        SYNTAX,
        /** The statement names a table, column, function or schema that does not exist ('42S02', '42703'…). */
        UNKNOWN_OBJECT,
        /** Any other rule of class '42': types, grouping, privileges. */
        STATEMENT,
        /** The statement failed on the data (class '22': division by zero, a bad cast). */
        DATA,
        /** None of the above, or a driver that gives no SQLState. */
        OTHER
    }

    private final String sqlState;
    private final Kind kind;

    public SqlExecutionException(ErrorCode code, boolean retryable, Kind kind, String sqlState, String message,
            Throwable cause) {
        super(code, retryable, message, cause);
        this.kind = kind;
        this.sqlState = sqlState == null ? "" : sqlState;
    }

    public Kind kind() {
        return kind;
    }

    public String sqlState() {
        return sqlState;
    }
}
