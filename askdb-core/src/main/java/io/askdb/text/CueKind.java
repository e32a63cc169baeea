package io.askdb.text;

/** What a phrase of a question asks of the SQL rather than which data it names. */
public enum CueKind {
    COUNT,
    AGGREGATE,
    COMPARE,
    ORDER,
    DIRECTION,
    SUPERLATIVE,
    TOP,
    GROUP,
    DISTINCT,
    NEGATION,
    ALL_COLUMNS
}
