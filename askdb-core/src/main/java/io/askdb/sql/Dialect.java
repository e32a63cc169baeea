package io.askdb.sql;

import java.util.Locale;

/**
 * The SQL flavour of a target database: how to cap rows and how to quote identifiers.
 * Chosen from the JDBC URL, so it is known before the first connection.
 */
public enum Dialect {
    /** H2 in {@code MODE=MSSQLServer}: the embedded sample, where the seed's T-SQL runs as written. */
    H2_MSSQL("H2 (SQL Server mode)", RowCap.TOP, '[', ']'),
    SQLSERVER("SQL Server", RowCap.TOP, '[', ']'),
    POSTGRESQL("PostgreSQL", RowCap.LIMIT, '"', '"'),
    MYSQL("MySQL/MariaDB", RowCap.LIMIT, '`', '`'),
    SQLITE("SQLite", RowCap.LIMIT, '"', '"'),
    H2("H2", RowCap.LIMIT, '"', '"'),
    /** Anything else: the SQL standard's FETCH FIRST. */
    ANSI("ANSI SQL", RowCap.FETCH_FIRST, '"', '"');

    /** The three ways databases spell a row cap. */
    public enum RowCap {
        TOP,
        LIMIT,
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

    public RowCap rowCap() {
        return rowCap;
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
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        return ANSI;
    }
}
