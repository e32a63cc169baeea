package io.askdb.sql;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;

/**
 * The database refused or failed a statement. {@link #sqlState()} keeps the driver's SQLState so
 * that self-correction can tell a wrong name ('42') from anything else.
 */
public final class SqlExecutionException extends AskDbException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public SqlExecutionException(ErrorCode code, boolean retryable, String sqlState, String message, Throwable cause) {
        super(code, retryable, message, cause);
        this.sqlState = sqlState == null ? "" : sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
