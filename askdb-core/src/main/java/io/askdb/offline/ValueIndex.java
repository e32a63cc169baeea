package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.ValueLookup;
import io.askdb.sql.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The distinct values of a database's short text columns, so that "customers in France" finds the
 * column holding 'France'. Built once when the catalog loads, bounded in values and in time;
 * immutable afterwards and safe to share between threads.
 */
public final class ValueIndex implements ValueLookup {

    /**
     * How much the index may read.
     *
     * @param maxValuesPerColumn distinct values read from one column
     * @param maxValues values in the whole index
     * @param maxValueLength longer values are left out (descriptions, free text)
     * @param maxTime reading stops after this long; what was read so far is kept. Null: no time limit,
     *     so what the index holds depends on the data alone, not on how busy the machine is
     * @param columnTimeout how long one column's read may take; a column that takes longer adds no values
     */
    public record Limits(int maxValuesPerColumn, int maxValues, int maxValueLength, Duration maxTime,
            Duration columnTimeout) {

        /** For the offline reader, which builds its index before the first answer: a few seconds at most. */
        public static final Limits DEFAULT = new Limits(5_000, 200_000, 60, Duration.ofSeconds(3), Duration.ofSeconds(3));

        /**
         * For an index built in the background (schema selection on a large schema): the same values per
         * column and in all as {@link #DEFAULT}, so memory stays bounded (200,000 short values, some tens
         * of megabytes), but no time limit, so that every column is read whatever the machine's load.
         */
        public static final Limits UNTIMED = new Limits(5_000, 200_000, 60, null, Duration.ofSeconds(30));

        public Limits {
            if (maxValuesPerColumn < 0 || maxValues < 0 || maxValueLength < 1) {
                throw new IllegalArgumentException("value index limits must be positive");
            }
            if (columnTimeout == null || columnTimeout.isNegative()) {
                throw new IllegalArgumentException("value index column timeout must be >= 0");
            }
        }
    }

    private static final ValueIndex EMPTY = new ValueIndex(Map.of(), Map.of(), 0, false);
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, List<Hit>> byValue;
    /** Per word of a value of several words, each column holding such a value once, with its first such value. */
    private final Map<String, List<Hit>> byWord;
    private final int size;
    private final boolean complete;

    private ValueIndex(Map<String, List<Hit>> byValue, Map<String, List<Hit>> byWord, int size, boolean complete) {
        this.byValue = byValue;
        this.byWord = byWord;
        this.size = size;
        this.complete = complete;
    }

    /**
     * An index with no values: linking then relies on quoted values and schema names alone. It counts as
     * not {@linkplain #complete() complete}, since it stands for values that were not read.
     */
    public static ValueIndex empty() {
        return EMPTY;
    }

    /**
     * Reads distinct values of the text columns of every table. Columns that fail to read are
     * skipped; the connection is only read from.
     */
    public static ValueIndex build(Connection connection, SchemaCatalog catalog, Dialect dialect, Limits limits) {
        long begin = System.nanoTime();
        Map<String, List<Hit>> byValue = new HashMap<>();
        Map<String, List<Hit>> byWord = new HashMap<>();
        int total = 0;
        boolean complete = true;
        outer:
        for (TableInfo table : catalog.tables()) {
            for (ColumnInfo column : table.columns()) {
                if (!isIndexable(column)) {
                    continue;
                }
                if (total >= limits.maxValues() || limits.maxTime() != null
                        && System.nanoTime() - begin > limits.maxTime().toNanos()) {
                    complete = false;
                    break outer;
                }
                int budget = Math.min(limits.maxValuesPerColumn(), limits.maxValues() - total);
                String sql = "SELECT DISTINCT " + SqlWriter.identifier(column.name(), dialect) + " FROM "
                        + SqlWriter.tableName(table, dialect) + " WHERE " + SqlWriter.identifier(column.name(), dialect)
                        + " IS NOT NULL";
                try (Statement st = connection.createStatement()) {
                    st.setMaxRows(budget);
                    st.setQueryTimeout(Math.max(1, (int) limits.columnTimeout().toSeconds()));
                    try (ResultSet rs = st.executeQuery(sql)) {
                        while (rs.next()) {
                            String value = rs.getString(1);
                            if (value == null || value.isBlank() || value.length() > limits.maxValueLength()) {
                                continue;
                            }
                            Hit hit = new Hit(table, column, value);
                            String normalized = normalize(value);
                            byValue.computeIfAbsent(normalized, k -> new ArrayList<>(1)).add(hit);
                            if (normalized.indexOf(' ') > 0) {
                                addWords(byWord, normalized, hit);
                            }
                            total++;
                        }
                    }
                } catch (SQLException e) {
                    // An unreadable column (permissions, odd type) simply adds no values.
                }
            }
        }
        return new ValueIndex(Map.copyOf(byValue), Map.copyOf(byWord), total, complete);
    }

    /** Each word of a value, once per column: the column's values are read one after another. */
    private static void addWords(Map<String, List<Hit>> byWord, String normalized, Hit hit) {
        for (String word : WORD_BREAK.split(normalized)) {
            if (word.length() < 2) {
                continue;
            }
            List<Hit> hits = byWord.computeIfAbsent(word, k -> new ArrayList<>(1));
            if (hits.isEmpty() || hits.get(hits.size() - 1).column() != hit.column()
                    || hits.get(hits.size() - 1).table() != hit.table()) {
                hits.add(hit);
            }
        }
    }

    /** Text columns, by JDBC type or, where drivers report loosely (SQLite), by type name. */
    private static boolean isIndexable(ColumnInfo column) {
        if (column.isText()) {
            return true;
        }
        String type = column.typeName() == null ? "" : column.typeName().toUpperCase(Locale.ROOT);
        return type.contains("CHAR") || type.contains("TEXT") || type.contains("STRING");
    }

    /** Number of values held. */
    public int size() {
        return size;
    }

    /**
     * Whether every indexable column was read: neither the time limit nor the cap on values cut the
     * reading short (a column's own cap or an unreadable column does not count).
     */
    public boolean complete() {
        return complete;
    }

    @Override
    public List<Hit> lookup(String phrase) {
        return byValue.getOrDefault(normalize(phrase), List.of());
    }

    @Override
    public List<Hit> containing(String word) {
        return byWord.getOrDefault(normalize(word), List.of());
    }

    static String normalize(String value) {
        String v = value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return v.endsWith(".") && v.length() > 1 ? v.substring(0, v.length() - 1) : v;
    }
}
