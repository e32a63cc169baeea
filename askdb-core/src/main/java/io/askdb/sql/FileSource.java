package io.askdb.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV, Parquet and JSON files as a database, through DuckDB: a file, or a folder of them, becomes a
 * DuckDB database in a temporary file holding one view per data file, named after it
 * ({@code sales-2024.csv} → {@code sales_2024}). The files are read where they are, at query time;
 * nothing is copied.
 *
 * <p>The connections it describes are read-only, may reach no file but the registered ones and the
 * database's own ({@code allowed_paths} with {@code enable_external_access=false}), and have their
 * configuration locked, so even SQL that got past the guard cannot COPY, ATTACH, INSTALL, LOAD or read
 * another file.
 *
 * @param jdbcUrl the DuckDB URL to open
 * @param properties the connection properties that make it read-only and shut it in
 * @param tables each view's name and the file it reads
 */
public record FileSource(String jdbcUrl, Properties properties, Map<String, Path> tables) {

    private static final Set<String> CSV = Set.of("csv", "tsv", "txt");
    private static final Set<String> PARQUET = Set.of("parquet");
    private static final Set<String> JSON = Set.of("json", "jsonl", "ndjson");

    /** Whether {@code url} names data files rather than a JDBC database: a data file or a folder, not a {@code jdbc:} URL. */
    public static boolean accepts(String url) {
        if (url == null || url.isBlank() || url.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return false;
        }
        Path path = Path.of(url);
        return Files.isDirectory(path) || (Files.isRegularFile(path) && kind(path) != null);
    }

    /**
     * DuckDB's driver is optional (80 MB of natives): askdb.jar finds it in {@code lib/} beside it, an
     * application adds {@code org.duckdb:duckdb_jdbc} itself.
     */
    private static void requireDuckDb() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("reading CSV, Parquet or JSON files needs DuckDB's JDBC driver "
                    + "(org.duckdb:duckdb_jdbc), which is not on the class path: keep the lib/ folder the build "
                    + "writes beside askdb.jar, or add the driver to the class path");
        }
    }

    /** Registers the file, or each data file directly inside the folder, as a view of a fresh DuckDB database. */
    public static FileSource open(String location) {
        Path path = Path.of(location).toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
            files = listing.filter(Files::isRegularFile).filter(p -> kind(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data files in " + path, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no CSV, Parquet or JSON file in " + path);
        }
        requireDuckDb();
        Path database;
        try {
            database = Files.createTempFile("askdb-files-", ".duckdb");
            Files.delete(database); // DuckDB creates it; an empty file is not a database
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary DuckDB database", e);
        }
        Map<String, Path> tables = new java.util.LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement s = c.createStatement()) {
            for (Path file : files) {
                String name = uniqueName(file, taken);
                s.execute("CREATE VIEW " + Dialect.DUCKDB.quote(name) + " AS SELECT * FROM " + reader(file));
                tables.put(name, file);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("DuckDB cannot read " + path + ": " + e.getMessage(), e);
        }
        for (String suffix : List.of("", ".wal")) {
            database.resolveSibling(database.getFileName() + suffix).toFile().deleteOnExit();
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("allowed_paths", tables.values().stream()
                .map(p -> "'" + p.toString().replace("'", "''") + "'").collect(Collectors.joining(", ", "[", "]")));
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("lock_configuration", "true");
        return new FileSource("jdbc:duckdb:" + database, properties, Map.copyOf(tables));
    }

    private static String reader(Path file) {
        String literal = "'" + file.toString().replace("'", "''") + "'";
        String kind = kind(file);
        return switch (kind) {
            case "parquet" -> "read_parquet(" + literal + ")";
            case "json" -> "read_json_auto(" + literal + ")";
            default -> "read_csv_auto(" + literal + ")";
        };
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (CSV.contains(ext)) {
            return "csv";
        }
        if (PARQUET.contains(ext)) {
            return "parquet";
        }
        return JSON.contains(ext) ? "json" : null;
    }

    /** The file's base name as a plain identifier: lower case, letters, digits and '_', unique in the folder. */
    static String uniqueName(Path file, Set<String> taken) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "t_" + base;
        }
        String unique = base;
        for (int i = 2; !taken.add(unique); i++) {
            unique = base + "_" + i;
        }
        return unique;
    }

    /** A file list for messages: the tables and the files they read. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        tables.forEach((name, file) -> lines.add(name + " ← " + file));
        return lines;
    }
}
