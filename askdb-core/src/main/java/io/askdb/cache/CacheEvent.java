package io.askdb.cache;

/**
 * What one server tells the others over Redis pub/sub, as JSON.
 *
 * @param origin the sending server's id; a server ignores its own events
 * @param kind {@code clear}, {@code pattern}, {@code table} or {@code stored}
 * @param argument the pattern or table; empty for {@code clear}
 * @param entry for {@code stored}: the semantic index entry of the new answer
 */
record CacheEvent(String origin, String kind, String argument, SemanticIndex.Entry entry) {

    static final String CLEAR = "clear";
    static final String PATTERN = "pattern";
    static final String TABLE = "table";
    static final String STORED = "stored";
}
