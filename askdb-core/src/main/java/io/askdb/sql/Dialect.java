package io.askdb.sql;

import java.util.Locale;

/**
 * The SQL flavour of a target database: how to cap rows and how to quote identifiers.
 * Chosen from the JDBC URL, so it is known before the first connection.
 *
 * <p>This is the one place that knows how each dialect spells a row cap: SQL written as text takes
 * its cap from {@link #selectWords} and {@link #capAtEnd}; the guard's {@link RowCapper} writes the
 * same spellings into a parsed statement, choosing them with {@link #rowCap(boolean)}.
 */
public enum Dialect {
    /** H2 in {@code MODE=MSSQLServer}: the embedded sample, where the seed's T-SQL runs as written. */
    H2_MSSQL("H2 (SQL Server mode)", RowCap.TOP, '[', ']'),
    SQLSERVER("SQL Server", RowCap.TOP, '[', ']'),
    POSTGRESQL("PostgreSQL", RowCap.LIMIT, '"', '"'),
    MYSQL("MySQL/MariaDB", RowCap.LIMIT, '`', '`'),
    SQLITE("SQLite", RowCap.LIMIT, '"', '"'),
    H2("H2", RowCap.LIMIT, '"', '"'),
    /** DuckDB over CSV, Parquet and JSON files: each file a view named after it. */
    DUCKDB("DuckDB", RowCap.LIMIT, '"', '"'),
    /** Anything else: the SQL standard's FETCH FIRST. */
    ANSI("ANSI SQL", RowCap.FETCH_FIRST, '"', '"');

    /** The three ways databases spell a row cap. */
    enum RowCap {
        /** {@code SELECT TOP n …}, after DISTINCT. */
        TOP,
        /** {@code … LIMIT n} at the end. */
        LIMIT,
        /** {@code … FETCH FIRST n ROWS ONLY} at the end, the SQL standard's form. */
        FETCH_FIRST
    }

    private final String displayName;
    private final RowCap rowCap;
    private final char openQuote;
    private final char closeQuote;

    Dialect(String displayName, RowCap rowCap, char openQuote, char closeQuote) {
        this.displayName = displayName;
        this.rowCap = rowCap;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
    }

    public String displayName() {
        return displayName;
    }

    /** The dialect's row cap for a query with or without DISTINCT. */
    RowCap rowCap(boolean distinct) {
        // H2 wants TOP before DISTINCT, SQL Server after it; FETCH FIRST suits H2 in any mode.
        return this == H2_MSSQL && distinct ? RowCap.FETCH_FIRST : rowCap;
    }

    /**
     * What follows {@code SELECT} in a query written as text: {@code DISTINCT} when asked for, then the
     * row cap where the dialect puts it there ({@code "DISTINCT TOP 3 "}); {@code rows} of 0 means no cap.
     */
    public String selectWords(boolean distinct, int rows) {
        String words = distinct ? "DISTINCT " : "";
        return rows > 0 && rowCap(distinct) == RowCap.TOP ? words + "TOP " + rows + " " : words;
    }

    /**
     * The row cap that ends a query written as text, after its ORDER BY ({@code " LIMIT 3"}), or
     * nothing where {@link #selectWords} carries it; {@code rows} of 0 means no cap.
     */
    public String capAtEnd(boolean distinct, int rows) {
        if (rows <= 0) {
            return "";
        }
        return switch (rowCap(distinct)) {
            case TOP -> "";
            case LIMIT -> " LIMIT " + rows;
            case FETCH_FIRST -> " FETCH FIRST " + rows + " ROWS ONLY";
        };
    }

    /** Quotes an identifier, doubling any closing quote inside it. */
    public String quote(String identifier) {
        String escaped = identifier.replace(String.valueOf(closeQuote), String.valueOf(closeQuote) + closeQuote);
        return openQuote + escaped + closeQuote;
    }

    /** Picks the dialect from a JDBC URL. */
    public static Dialect fromJdbcUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return u.contains("mode=mssqlserver") ? H2_MSSQL : H2;
        }
        if (u.startsWith("jdbc:sqlserver:")) {
            return SQLSERVER;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        if (u.startsWith("jdbc:duckdb:")) {
            return DUCKDB;
        }
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        return ANSI;
    }
}
