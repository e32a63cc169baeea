package io.askdb.sql;

import java.util.List;

/**
 * Rows a statement returned, as JSON-friendly values (numbers, strings, booleans, null; dates as
 * ISO-8601 strings), and whether more rows existed than were kept.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int rowCount() {
        return rows.size();
    }
}
