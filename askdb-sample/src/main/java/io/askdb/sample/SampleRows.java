package io.askdb.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for the SalesLT tables, each an array over the table's stored (non-computed) columns in
 * definition order. Values are Integer, Boolean, String, BigDecimal, LocalDateTime, UUID or byte[].
 * Filled by one thread, then only read.
 */
final class SampleRows {

    private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();

    SampleRows() {
        for (Table table : SalesLt.TABLES) {
            rows.put(table, new ArrayList<>());
        }
    }

    void add(Table table, Object... values) {
        int expected = table.storedColumns().size();
        if (values.length != expected) {
            throw new IllegalArgumentException(
                    table.name() + " rows have " + expected + " stored columns, got " + values.length);
        }
        rows.get(table).add(values);
    }

    List<Object[]> of(Table table) {
        return Collections.unmodifiableList(rows.get(table));
    }

    /** Row counts by table name, in foreign-key order. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((table, list) -> counts.put(table.name(), list.size()));
        return counts;
    }
}
