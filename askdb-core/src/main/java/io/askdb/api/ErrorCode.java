package io.askdb.api;

/** The stable codes that appear as {@code error.code} in responses and HTTP errors. */
public enum ErrorCode {
    /** The question is empty, too long or unreadable. */
    INVALID_QUESTION,
    /** The guard refused the SQL (not read-only, unknown names, denied columns…). */
    SQL_REJECTED,
    /** The database refused the SQL (syntax, unknown object, type error). */
    SQL_FAILED,
    /** The query ran past the statement timeout. */
    QUERY_TIMEOUT,
    /** The database could not be reached. */
    DATABASE_UNAVAILABLE,
    /** The LLM provider could not be reached or failed. */
    LLM_UNAVAILABLE,
    /** The LLM answered with something unusable. */
    LLM_BAD_ANSWER,
    /** No tier could produce SQL for the question. */
    NO_ANSWER,
    /** The question needs clarification before SQL can be written. */
    CLARIFICATION_NEEDED,
    /** The request names a database that is not configured. */
    UNKNOWN_DATABASE,
    /** A bug: something that should not fail did. */
    INTERNAL
}
