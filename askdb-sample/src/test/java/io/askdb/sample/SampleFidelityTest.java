package io.askdb.sample;

import io.askdb.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated sample against the real AdventureWorksLT: the tables, columns and keys the shared
 * README lists, the row counts of Microsoft's data files, and the computed values those files carry.
 * Skipped where the shared data is absent.
 */
class SampleFidelityTest {

    /** A README table row: {@code | Customer (847) | CustomerID int identity; … | PK CustomerID |}. */
    private static final Pattern README_ROW = Pattern.compile("^\\| (\\w+) \\((\\d+)\\) \\| (.+?) \\| (.+?) \\|$");

    private record ReadmeTable(String name, int rows, List<String> columns, List<String> primaryKey,
            TreeSet<String> referencedTables) {}

    @Test
    void should_have_the_tables_columns_and_row_counts_the_readme_lists() throws IOException {
        Map<String, ReadmeTable> readme = readme(SharedData.require("adventureworkslt/README.md"));
        assertThat(readme.keySet()).containsExactlyInAnyOrderElementsOf(
                SalesLt.TABLES.stream().map(Table::name).toList());
        for (Table table : SalesLt.TABLES) {
            ReadmeTable real = readme.get(table.name());
            List<String> expected = new ArrayList<>(real.columns());
            expected.addAll(List.of("rowguid", "ModifiedDate"));
            assertThat(table.columns()).extracting(Column::name).as(table.name()).containsExactlyElementsOf(expected);
            assertThat(table.rowCount()).as(table.name()).isEqualTo(real.rows());
        }
    }

    @Test
    void should_declare_the_keys_the_readme_lists() throws IOException, SQLException {
        Map<String, ReadmeTable> readme = readme(SharedData.require("adventureworkslt/README.md"));
        try (Connection db = H2Sample.loaded()) {
            DatabaseMetaData meta = db.getMetaData();
            for (Table table : SalesLt.TABLES) {
                ReadmeTable real = readme.get(table.name());
                assertThat(primaryKey(meta, table.name())).as(table.name()).isEqualTo(real.primaryKey());
                assertThat(referencedTables(meta, table.name())).as(table.name())
                        .isEqualTo(real.referencedTables());
            }
        }
    }

    @Test
    void should_generate_as_many_rows_as_microsofts_data_files_hold() throws IOException {
        Path dir = SharedData.require("adventureworkslt/csv");
        Map<String, Integer> generated = SampleGenerator.generate().counts();
        for (Table table : SalesLt.TABLES) {
            int real = DataFiles.records(dir.resolve(table.name() + ".csv")).size();
            assertThat(generated.get(table.name())).as(table.name()).isEqualTo(real);
        }
    }

    @Test
    void should_load_microsofts_rows_into_h2_and_compute_the_values_its_files_carry()
            throws IOException, SQLException {
        Path dir = SharedData.require("adventureworkslt/csv");
        try (Connection db = H2Sample.empty()) {
            SampleLoadReport report = SampleDatabase.loadFromCsv(db, dir);
            assertThat(report.source()).isEqualTo(SampleLoadReport.Source.DATA_FILES);
            assertThat(report.rowCounts()).containsEntry("Customer", 847).containsEntry("SalesOrderDetail", 542);
            assertThat(sumOfField(dir, "SalesOrderHeader", 18))
                    .isEqualByComparingTo(decimal(db, "SELECT SUM(TotalDue) FROM SalesLT.SalesOrderHeader"));
            assertThat(sumOfField(dir, "SalesOrderDetail", 6))
                    .isEqualByComparingTo(decimal(db, "SELECT SUM(LineTotal) FROM SalesLT.SalesOrderDetail"));
            assertThat(Jdbc.rows(db, "SELECT SalesOrderNumber FROM SalesLT.SalesOrderHeader WHERE SalesOrderID = 71774"))
                    .containsExactly("SO71774");
            assertThat(Jdbc.rows(db, "SELECT SalesPerson FROM SalesLT.Customer WHERE SalesPerson LIKE '%jos%'"))
                    .isNotEmpty().allMatch(s -> s.equals("adventure-works\\josé1"));
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.ProductModel WHERE CatalogDescription LIKE '<?xml%'"))
                    .isPositive();
            assertThat(Jdbc.rows(db, "SELECT CAST(ThumbNailPhoto AS VARBINARY(6)) FROM SalesLT.Product"
                    + " WHERE ProductID = 680")).containsExactly("474946383961");
        }
    }

    private static BigDecimal sumOfField(Path dir, String table, int field) throws IOException {
        return DataFiles.records(dir.resolve(table + ".csv")).stream()
                .map(r -> new BigDecimal(r[field]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal decimal(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, SalesLt.SCHEMA, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private static TreeSet<String> referencedTables(DatabaseMetaData meta, String table) throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, SalesLt.SCHEMA, table)) {
            while (rs.next()) {
                tables.add(rs.getString("PKTABLE_NAME"));
            }
        }
        return tables;
    }

    /** The README's table of tables: names, real row counts, column names, primary key, referenced tables. */
    private static Map<String, ReadmeTable> readme(Path file) throws IOException {
        Map<String, ReadmeTable> tables = new LinkedHashMap<>();
        List<String> names = SalesLt.TABLES.stream().map(Table::name).toList();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = README_ROW.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (String definition : m.group(3).replace("**", "").split(";")) {
                columns.add(definition.strip().split("\\s+")[0]);
            }
            String keys = m.group(4);
            List<String> primaryKey;
            Matcher pk = Pattern.compile("PK \\(([^)]*)\\)|PK (\\w+)").matcher(keys);
            if (pk.find()) {
                String list = pk.group(1) != null ? pk.group(1) : pk.group(2);
                primaryKey = List.of(list.split(",\\s*"));
            } else {
                primaryKey = List.of(columns.get(0));
            }
            TreeSet<String> referenced = new TreeSet<>();
            int fk = keys.indexOf("FK");
            if (fk >= 0) {
                String clause = keys.substring(fk).split(";")[0].replaceAll("\\([^)]*\\)", "");
                for (String name : names) {
                    if (Pattern.compile("\\b" + name + "\\b").matcher(clause).find()) {
                        referenced.add(name);
                    }
                }
            }
            tables.put(m.group(1), new ReadmeTable(m.group(1), Integer.parseInt(m.group(2)), columns, primaryKey,
                    referenced));
        }
        return tables;
    }
}
