package io.askdb.bench.largeschema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds one SQLite file holding every table of every Spider database in a folder, each renamed
 * {@code <db>__<table>}, with its declared column types, NOT NULLs, primary key (composite ones as
 * one table-level key) and the foreign keys whose target exists, pointed at the renamed tables; the
 * rows are copied as they are. The file is written where the caller says (never into the repository).
 */
final class MergedSpider {

    /** What was merged: per Spider database, its tables' original names (lower case) to new names. */
    record Merged(Path file, Map<String, Map<String, String>> tables) {

        int tableCount() {
            return tables.values().stream().mapToInt(Map::size).sum();
        }
    }

    private MergedSpider() {}

    /** The merged name of a Spider table. */
    static String mergedName(String db, String table) {
        return db + "__" + table;
    }

    static Merged build(Path spiderDbFolder, Path target) throws IOException, SQLException {
        Files.deleteIfExists(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        List<Path> files;
        try (Stream<Path> list = Files.list(spiderDbFolder)) {
            // An empty file is no database (opening a missing path creates one): skip it.
            files = list.filter(p -> p.getFileName().toString().endsWith(".sqlite") && p.toFile().length() > 0)
                    .sorted().toList();
        }
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            c.setAutoCommit(false);
            for (Path file : files) {
                String db = file.getFileName().toString().replaceFirst("\\.sqlite$", "");
                c.commit();
                c.setAutoCommit(true);
                s.execute("ATTACH DATABASE '" + file.toAbsolutePath().toString().replace("'", "''") + "' AS src");
                c.setAutoCommit(false);
                tables.put(db, copy(c, db));
                c.commit();
                c.setAutoCommit(true);
                s.execute("DETACH DATABASE src");
                c.setAutoCommit(false);
            }
            c.commit();
        }
        return new Merged(target, tables);
    }

    private static Map<String, String> copy(Connection c, String db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM src.sqlite_master WHERE type = 'table' "
                        + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, String> byLower = new LinkedHashMap<>();
        names.forEach(n -> byLower.put(n.toLowerCase(Locale.ROOT), mergedName(db, n)));
        try (Statement s = c.createStatement()) {
            for (String table : names) {
                s.execute(createTable(c, db, table, byLower));
                s.execute("INSERT INTO main." + quote(mergedName(db, table)) + " SELECT * FROM src." + quote(table));
            }
        }
        return byLower;
    }

    private static String createTable(Connection c, String db, String table, Map<String, String> byLower)
            throws SQLException {
        List<String> lines = new ArrayList<>();
        Map<Integer, String> key = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA src.table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                String type = rs.getString("type");
                lines.add(quote(name) + (type == null || type.isBlank() ? "" : " " + type)
                        + (rs.getInt("notnull") == 1 ? " NOT NULL" : ""));
                if (rs.getInt("pk") > 0) {
                    key.put(rs.getInt("pk"), quote(name));
                }
            }
        }
        if (!key.isEmpty()) {
            lines.add("PRIMARY KEY (" + String.join(", ", key.values()) + ")");
        }
        Map<Integer, List<String[]>> foreign = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA src.foreign_key_list(" + quote(table) + ")")) {
            while (rs.next()) {
                foreign.computeIfAbsent(rs.getInt("id"), k -> new ArrayList<>())
                        .add(new String[] {rs.getString("table"), rs.getString("from"), rs.getString("to")});
            }
        }
        for (List<String[]> parts : foreign.values()) {
            String target = byLower.get(parts.get(0)[0].toLowerCase(Locale.ROOT));
            if (target == null) {
                continue; // Spider has a few keys to tables that do not exist; SQLite never checked them.
            }
            List<String> from = parts.stream().map(p -> quote(p[1])).toList();
            boolean toKey = parts.stream().anyMatch(p -> p[2] == null);
            String to = toKey ? "" : " (" + String.join(", ", parts.stream().map(p -> quote(p[2])).toList()) + ")";
            lines.add("FOREIGN KEY (" + String.join(", ", from) + ") REFERENCES " + quote(target) + to);
        }
        return "CREATE TABLE main." + quote(mergedName(db, table)) + " (\n  " + String.join(",\n  ", lines) + "\n)";
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
