package io.askdb.sql;

import java.util.Locale;

/**
 * How a database reads a double-quoted token such as {@code "Acme Ltd"}. JSqlParser always reads it
 * as a quoted name; the guard follows the database instead, so that it accepts what the database
 * accepts and refuses what the database would refuse.
 */
public enum QuoteReading {
    /** Always a name (PostgreSQL, SQL Server, H2, the standard, MySQL with ANSI_QUOTES). */
    IDENTIFIER,
    /** A name when one resolves, else a string literal (SQLite's documented fallback). */
    STRING_WHEN_UNRESOLVED,
    /** Always a string literal (MySQL and MariaDB unless sql_mode holds ANSI_QUOTES). */
    STRING;

    /** The reading a dialect has before its server's settings are known. */
    public static QuoteReading of(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> STRING_WHEN_UNRESOLVED;
            case MYSQL -> STRING;
            default -> IDENTIFIER;
        };
    }

    /** MySQL's and MariaDB's reading under a server's {@code @@sql_mode} (a comma-separated list). */
    public static QuoteReading ofMysqlSqlMode(String sqlMode) {
        String mode = sqlMode == null ? "" : sqlMode.toUpperCase(Locale.ROOT);
        for (String part : mode.split(",")) {
            // ANSI is a combination mode that includes ANSI_QUOTES.
            if (part.trim().equals("ANSI_QUOTES") || part.trim().equals("ANSI")) {
                return IDENTIFIER;
            }
        }
        return STRING;
    }
}
