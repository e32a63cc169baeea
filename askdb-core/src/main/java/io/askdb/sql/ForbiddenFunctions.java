package io.askdb.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Functions a question never needs and an attacker loves: they sleep, read or write server files,
 * run shell commands, reach other servers, change settings or sequences, or take locks. Matched by
 * name, ignoring case and any schema prefix; a name matches an exact entry or starts with a prefix
 * entry. One table, so adding a function is one line.
 */
final class ForbiddenFunctions {

    private static final Map<String, String> EXACT = Map.ofEntries(
            // delays: used for blind, time-based extraction
            Map.entry("sleep", "delays the server"),
            Map.entry("benchmark", "burns server time"),
            Map.entry("waitfor", "delays the server"),
            // files and programs on the server
            Map.entry("load_file", "reads server files"),
            Map.entry("readfile", "reads server files"),
            Map.entry("writefile", "writes server files"),
            Map.entry("edit", "starts an editor on the server"),
            Map.entry("file_read", "reads server files"),
            Map.entry("file_write", "writes server files"),
            Map.entry("csvread", "reads server files"),
            Map.entry("csvwrite", "writes server files"),
            Map.entry("link_schema", "links another database"),
            Map.entry("load_extension", "loads native code"),
            Map.entry("fts3_tokenizer", "loads native code"),
            Map.entry("sys_exec", "runs shell commands"),
            Map.entry("sys_eval", "runs shell commands"),
            Map.entry("exec", "runs dynamic SQL"),
            Map.entry("execute", "runs dynamic SQL"),
            // other servers
            Map.entry("openrowset", "reaches other data sources"),
            Map.entry("openquery", "reaches other servers"),
            Map.entry("opendatasource", "reaches other data sources"),
            Map.entry("openxml", "reads XML documents through server handles"),
            // settings, sequences, sessions, locks
            Map.entry("set_config", "changes server settings"),
            Map.entry("current_setting", "reads server settings"),
            Map.entry("set", "changes session variables"),
            Map.entry("nextval", "advances a sequence"),
            Map.entry("setval", "changes a sequence"),
            Map.entry("get_lock", "takes a lock"),
            Map.entry("release_lock", "releases a lock"),
            Map.entry("release_all_locks", "releases locks"),
            Map.entry("master_pos_wait", "waits on replication"),
            Map.entry("source_pos_wait", "waits on replication"),
            Map.entry("cancel_session", "cancels another session"),
            Map.entry("abort_session", "aborts another session"),
            // DuckDB: files, other databases, dynamic SQL, the environment
            Map.entry("glob", "lists server files"),
            Map.entry("sniff_csv", "reads server files"),
            Map.entry("csv_scan", "reads server files"),
            Map.entry("delta_scan", "reads server files"),
            Map.entry("sqlite_scan", "reads another database"),
            Map.entry("sqlite_attach", "attaches another database"),
            Map.entry("postgres_scan", "reaches another server"),
            Map.entry("mysql_scan", "reaches another server"),
            Map.entry("query", "runs a query given as text"),
            Map.entry("query_table", "reads a table named by text"),
            Map.entry("getenv", "reads the server's environment"));

    /** Whole families, by prefix. */
    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("pg_", "PostgreSQL server function (files, sleeps, backends, settings)"),
            Map.entry("lo_", "large-object function that reads or writes server files"),
            Map.entry("dblink", "reaches other servers"),
            Map.entry("xp_", "SQL Server extended procedure"),
            Map.entry("sp_", "SQL Server system procedure"),
            Map.entry("utl_", "Oracle network or file package"),
            Map.entry("dbms_", "Oracle system package"),
            Map.entry("query_to_", "runs a query given as text"),
            Map.entry("cursor_to_", "runs a cursor given by name"),
            Map.entry("table_to_", "dumps a table given as text"),
            Map.entry("schema_to_", "dumps a schema"),
            Map.entry("database_to_", "dumps the database"),
            Map.entry("pragma_", "SQLite pragma (schema and settings)"),
            Map.entry("read_", "DuckDB file reader (read_csv, read_parquet, read_json…)"),
            Map.entry("parquet_", "DuckDB Parquet file function"),
            Map.entry("iceberg_", "DuckDB Iceberg file function"),
            Map.entry("duckdb_", "DuckDB system function (settings, files, extensions)"));

    /** Schemas whose functions are server internals. */
    private static final List<String> SYSTEM_SCHEMAS = List.of("sys", "pg_catalog", "information_schema", "mysql", "master");

    private ForbiddenFunctions() {}

    /**
     * Why a function is forbidden, or empty when it is allowed.
     *
     * @param nameParts the function name as written, possibly qualified ({@code dbo.fn}, {@code master..xp_cmdshell})
     */
    static Optional<String> why(List<String> nameParts) {
        if (nameParts.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < nameParts.size(); i++) {
            String part = normalize(nameParts.get(i));
            if (part.isEmpty()) {
                continue;
            }
            boolean last = i == nameParts.size() - 1;
            if (!last && SYSTEM_SCHEMAS.contains(part)) {
                return Optional.of("a function of the system schema " + part);
            }
            String reason = last ? EXACT.get(part) : null;
            if (reason != null) {
                return Optional.of(reason);
            }
            for (Map.Entry<String, String> prefix : PREFIXES) {
                if (part.startsWith(prefix.getKey())) {
                    return Optional.of(prefix.getValue());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> why(String name) {
        return why(List.of(name.split("\\.", -1)));
    }

    private static String normalize(String part) {
        String p = part.trim();
        if (p.length() >= 2 && "\"[`".indexOf(p.charAt(0)) >= 0) {
            p = p.substring(1, p.length() - 1);
        }
        return p.toLowerCase(Locale.ROOT);
    }
}
