package io.askdb.sql;

import io.askdb.error.AskDbException;
import io.askdb.error.ErrorCode;

/** The guard refused a statement; {@link #reason()} says which rule, the message says why in words. */
public final class SqlRejectedException extends AskDbException {

    private static final long serialVersionUID = 1L;

    /** The rule a statement broke. */
    public enum Reason {
        EMPTY,
        PARSE_ERROR,
        MULTIPLE_STATEMENTS,
        NOT_READ_ONLY,
        SELECT_INTO,
        LOCKING_CLAUSE,
        PROCEDURE_CALL,
        FORBIDDEN_FUNCTION,
        SYSTEM_CATALOG,
        UNKNOWN_TABLE,
        UNKNOWN_COLUMN,
        DENIED_COLUMN,
        TOO_LONG
    }

    private final Reason reason;

    public SqlRejectedException(Reason reason, String message) {
        super(ErrorCode.SQL_REJECTED, false, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
