package io.askdb.sample;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a load put where: the target's product name as its driver reports it ({@code H2},
 * {@code PostgreSQL}, {@code MariaDB} …), whether the rows were generated or read from Microsoft's
 * data files, the rows per SalesLT table (in load order) and how long it took.
 */
public record SampleLoadReport(String database, Source source, Map<String, Integer> rowCounts, Duration elapsed) {

    /** Where the rows came from. */
    public enum Source {
        /** The deterministic generator: real row counts, invented values. */
        GENERATED,
        /** Microsoft's published AdventureWorksLT data files. */
        DATA_FILES
    }

    public SampleLoadReport {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    public int totalRows() {
        return rowCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
