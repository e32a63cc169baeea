package io.askdb.sql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes catalogue names into SQL: bare when the database would read the bare name back as the
 * same name, quoted in the dialect's style otherwise (spaces, reserved words, or a case the
 * database would fold away: PostgreSQL folds bare names to lower case, H2 to upper case).
 */
final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Reserved in at least one supported database, or a word the guard's screen refuses bare. */
    private static final Set<String> RESERVED = Set.of(
            "ALL", "AND", "ANY", "AS", "ASC", "BETWEEN", "BY", "CASE", "CAST", "CHECK", "COLUMN", "CONSTRAINT",
            "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT",
            "DESC", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL",
            "GROUP", "HAVING", "IN", "INDEX", "INNER", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "LEFT", "LIKE",
            "LIMIT", "MINUS", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY",
            "REFERENCES", "RIGHT", "ROW", "ROWNUM", "SELECT", "SESSION_USER", "SET", "SOME", "SYSTEM_USER",
            "TABLE", "THEN", "TO", "TOP", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VALUE", "VALUES", "WHEN",
            "WHERE", "WINDOW", "WITH", "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "DROP", "ALTER", "CREATE",
            "TRUNCATE", "GRANT", "REVOKE", "DENY", "COPY", "ATTACH", "DETACH", "PRAGMA", "VACUUM", "RUNSCRIPT",
            "SHUTDOWN", "CHECKPOINT", "RECONFIGURE", "REVERT", "SETUSER", "COMMIT", "ROLLBACK", "WAITFOR", "KILL",
            "DBCC", "BACKUP", "RESTORE", "DECLARE", "DEALLOCATE", "EXEC", "EXECUTE", "CALL", "PROCEDURE", "LOCK", "UPDLOCK",
            "XLOCK", "HOLDLOCK", "TABLOCK", "TABLOCKX", "ROWLOCK", "PAGLOCK", "YEAR", "MONTH", "DAY", "HOUR",
            "MINUTE", "SECOND", "INTERVAL", "LEVEL", "SIZE", "NAME", "TYPE", "DATE", "TIME", "TIMESTAMP");

    private Identifiers() {}

    /** The name as it must be written in SQL for this dialect. */
    static String forSql(String name, Dialect dialect) {
        return needsQuotes(name, dialect) ? dialect.quote(name) : name;
    }

    /** The name without its quotes: {@code "a"}, {@code [a]} and {@code `a`} all become {@code a}. */
    static String unquote(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim();
        if (n.length() >= 2) {
            char first = n.charAt(0);
            char last = n.charAt(n.length() - 1);
            if (first == '"' && last == '"' || first == '[' && last == ']' || first == '`' && last == '`') {
                return n.substring(1, n.length() - 1);
            }
        }
        return n;
    }

    static boolean isQuoted(String name) {
        return name != null && !name.isEmpty() && "\"[`".indexOf(name.trim().charAt(0)) >= 0;
    }

    static boolean needsQuotes(String name, Dialect dialect) {
        if (!PLAIN.matcher(name).matches() || RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return switch (dialect) {
            case POSTGRESQL -> !name.equals(name.toLowerCase(Locale.ROOT));
            case H2, H2_MSSQL, ANSI -> !name.equals(name.toUpperCase(Locale.ROOT));
            case SQLSERVER, MYSQL, SQLITE, DUCKDB -> false;
        };
    }
}
