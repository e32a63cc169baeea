package io.askdb.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link SchemaCatalog} through JDBC {@link DatabaseMetaData}: tables and views of the user's
 * schemas (system schemas left out), columns, primary keys, foreign keys and remarks.
 */
public final class CatalogLoader {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of(
            "information_schema", "pg_catalog", "pg_toast", "sys", "mysql", "performance_schema",
            "guest", "db_owner", "db_accessadmin", "db_securityadmin", "db_ddladmin", "db_backupoperator",
            "db_datareader", "db_datawriter", "db_denydatareader", "db_denydatawriter");

    private final Clock clock;

    public CatalogLoader(Clock clock) {
        this.clock = clock;
    }

    public CatalogLoader() {
        this(Clock.systemUTC());
    }

    /** Loads every user table and view visible through the connection. */
    public SchemaCatalog load(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean mysqlLike = isMySqlLike(meta);
        List<TableRef> refs = listTables(meta, mysqlLike, connection.getCatalog());
        List<TableInfo> tables = new ArrayList<>(refs.size());
        for (TableRef ref : refs) {
            tables.add(describe(meta, ref));
        }
        return new SchemaCatalog(meta.getDatabaseProductName(), tables, clock.instant());
    }

    /** A table as listed, with the catalog/schema pair JDBC needs to describe it. */
    private record TableRef(String catalog, String schema, String name, boolean view, String remarks) {
        TableId id(boolean mysqlLike) {
            // MySQL and MariaDB call a schema a catalog; SalesLT.Customer there is catalog SalesLT.
            return new TableId(mysqlLike ? catalog : schema, name);
        }
    }

    private static List<TableRef> listTables(DatabaseMetaData meta, boolean mysqlLike, String currentCatalog)
            throws SQLException {
        List<TableRef> refs = new ArrayList<>();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        // H2 and SQL Server list every database's tables unless the catalog is named.
        String catalogFilter = product.contains("h2") ? currentCatalog : null;
        try (ResultSet rs = meta.getTables(catalogFilter, null, "%", new String[] {"TABLE", "VIEW", "BASE TABLE"})) {
            while (rs.next()) {
                String catalog = rs.getString("TABLE_CAT");
                String schema = rs.getString("TABLE_SCHEM");
                String owner = mysqlLike ? catalog : schema;
                if (owner != null && SYSTEM_SCHEMAS.contains(owner.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    continue;
                }
                String type = rs.getString("TABLE_TYPE");
                refs.add(new TableRef(catalog, schema, name, "VIEW".equalsIgnoreCase(type), rs.getString("REMARKS")));
            }
        }
        return refs;
    }

    private static TableInfo describe(DatabaseMetaData meta, TableRef ref) throws SQLException {
        boolean mysqlLike = isMySqlLike(meta);
        Set<String> primaryKey = primaryKey(meta, ref);
        List<ColumnInfo> columns = new ArrayList<>();
        // Names are patterns here; an underscore matches any character, so keep exact matches only.
        try (ResultSet rs = meta.getColumns(ref.catalog(), ref.schema(), ref.name(), "%")) {
            while (rs.next()) {
                if (!ref.name().equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String name = rs.getString("COLUMN_NAME");
                columns.add(new ColumnInfo(
                        name,
                        rs.getString("TYPE_NAME"),
                        rs.getInt("DATA_TYPE"),
                        rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        primaryKey.contains(name.toLowerCase(Locale.ROOT)),
                        rs.getString("REMARKS")));
            }
        }
        return new TableInfo(ref.id(mysqlLike), ref.view(), columns, foreignKeys(meta, ref, mysqlLike), ref.remarks());
    }

    private static Set<String> primaryKey(DatabaseMetaData meta, TableRef ref) throws SQLException {
        Set<String> names = new HashSet<>();
        if (ref.view()) {
            return names;
        }
        try (ResultSet rs = meta.getPrimaryKeys(ref.catalog(), ref.schema(), ref.name())) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static List<ForeignKeyInfo> foreignKeys(DatabaseMetaData meta, TableRef ref, boolean mysqlLike)
            throws SQLException {
        if (ref.view()) {
            return List.of();
        }
        // Rows of one key share FK_NAME and come in KEY_SEQ order. SQLite leaves keys unnamed (an empty
        // name): there a KEY_SEQ of 1 starts the next key, so two keys to one table stay apart.
        Map<String, List<String[]>> byKey = new LinkedHashMap<>();
        Map<String, TableId> referenced = new LinkedHashMap<>();
        int unnamed = 0;
        try (ResultSet rs = meta.getImportedKeys(ref.catalog(), ref.schema(), ref.name())) {
            while (rs.next()) {
                String pkTable = rs.getString("PKTABLE_NAME");
                String pkOwner = mysqlLike ? rs.getString("PKTABLE_CAT") : rs.getString("PKTABLE_SCHEM");
                String fkName = rs.getString("FK_NAME");
                if ((fkName == null || fkName.isBlank()) && rs.getInt("KEY_SEQ") <= 1) {
                    unnamed++;
                }
                String key = fkName != null && !fkName.isBlank() ? fkName : pkOwner + "." + pkTable + "#" + unnamed;
                referenced.put(key, new TableId(pkOwner, pkTable));
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"),
                            String.valueOf(rs.getInt("KEY_SEQ"))});
            }
        }
        List<ForeignKeyInfo> keys = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            List<String[]> rows = entry.getValue();
            rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[2]), Integer.parseInt(b[2])));
            keys.add(new ForeignKeyInfo(
                    entry.getKey(),
                    ref.id(mysqlLike),
                    rows.stream().map(r -> r[0]).toList(),
                    referenced.get(entry.getKey()),
                    rows.stream().map(r -> r[1]).toList()));
        }
        return keys;
    }

    private static boolean isMySqlLike(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
