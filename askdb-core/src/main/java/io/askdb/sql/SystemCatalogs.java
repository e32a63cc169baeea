package io.askdb.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the databases' own catalogues (information_schema, pg_catalog, mysql, sys,
 * sqlite_master, SQL Server's master and sys* views, Oracle's ALL_/DBA_/V$ views). They list users,
 * grants, settings and statistics, so reading them is refused unless the guard allows it.
 */
final class SystemCatalogs {

    private static final Set<String> SCHEMAS = Set.of(
            "information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys", "sysibm",
            "syscat", "sysstat", "sysfun", "sqlite_temp_schema");

    /** SQL Server system databases, as in {@code master..sysdatabases}. */
    private static final Set<String> DATABASES = Set.of("master", "msdb", "tempdb", "model", "mssqlsystemresource");

    private static final Set<String> DEFAULT_SCHEMAS = Set.of("dbo", "public", "main");

    private static final Set<String> BARE_PREFIXES = Set.of("pg_", "sqlite_", "sys", "all_", "dba_", "user_", "v$", "gv$");

    private SystemCatalogs() {}

    /**
     * True when a table reference points into a system catalogue.
     *
     * @param database the database part, or null
     * @param schema the schema part, or null
     * @param name the table name
     * @param inUserCatalog whether the user's catalogue knows the table (a user table called
     *     {@code system_log} is not a system view)
     */
    static boolean isSystem(String database, String schema, String name, boolean inUserCatalog) {
        if (schema != null && SCHEMAS.contains(lower(schema))) {
            return true;
        }
        if (database != null && DATABASES.contains(lower(database))) {
            return true;
        }
        // Bare names also resolve through the default schema (dbo.sysobjects, public.pg_user).
        if (inUserCatalog || schema != null && !DEFAULT_SCHEMAS.contains(lower(schema))) {
            return false;
        }
        String bare = lower(name);
        return BARE_PREFIXES.stream().anyMatch(bare::startsWith);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
