package io.askdb.sql;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;

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
        TOO_LONG,
        /** Control, invisible, bidi or look-alike (homoglyph) characters outside plain text. */
        INVALID_CHARACTER,
        /** SQL hidden from a reader: in comments, executable comments, JDBC escapes, backslash-quote tricks. */
        HIDDEN_STATEMENT,
        /** Nested or chained too deeply to analyse safely. */
        TOO_COMPLEX
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
