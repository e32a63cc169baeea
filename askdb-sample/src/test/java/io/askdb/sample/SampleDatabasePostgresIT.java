package io.askdb.sample;

import io.askdb.testing.ExternalServices;
import io.askdb.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample in the local PostgreSQL, each load in a database of its own that the test recreates. */
class SampleDatabasePostgresIT {

    private static final String GENERATED_DB = "askdb_sample_it";
    private static final String CSV_DB = "askdb_sample_csv_it";

    @BeforeAll
    static void recreateDatabases() throws SQLException {
        ExternalServices.requirePostgres();
        try (Connection admin = connect("test"); Statement statement = admin.createStatement()) {
            for (String db : new String[] {GENERATED_DB, CSV_DB}) {
                statement.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + db);
            }
        }
    }

    @Test
    void should_load_the_generated_sample_with_the_real_row_counts() throws SQLException {
        try (Connection db = connect(GENERATED_DB)) {
            SampleLoadReport report = SampleDatabase.load(db);

            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer")).isEqualTo(847);
            for (Table table : SalesLt.TABLES) {
                assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM " + table.qualifiedName()))
                        .as(table.name()).isEqualTo(table.rowCount());
                assertThat(report.rowCounts()).containsEntry(table.name(), table.rowCount());
            }
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader"
                    + " WHERE TotalDue <> SubTotal + TaxAmt + Freight")).isZero();
            assertThat(Jdbc.rows(db, "SELECT SalesOrderNumber FROM SalesLT.SalesOrderHeader ORDER BY SalesOrderID"
                    + " LIMIT 1")).containsExactly("SO71774");
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.vGetAllCategories")).isEqualTo(37);
            assertThat(Jdbc.rows(db, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'saleslt' AND table_name = 'customer'")).containsExactly("customer");
        }
    }

    @Test
    void should_replace_the_previous_copy_and_keep_identities_past_the_loaded_keys() throws SQLException {
        try (Connection db = connect(GENERATED_DB)) {
            SampleDatabase.load(db);
            SampleDatabase.load(db);
            assertThat(SampleDatabase.isLoaded(db)).isTrue();
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer")).isEqualTo(847);
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("INSERT INTO SalesLT.ProductCategory (ParentProductCategoryID, Name)"
                        + " VALUES (1, 'Cargo Bikes')");
                assertThat(Jdbc.scalar(db, "SELECT ProductCategoryID FROM SalesLT.ProductCategory"
                        + " WHERE Name = 'Cargo Bikes'")).isEqualTo(42);
            } finally {
                db.rollback();
                db.setAutoCommit(true);
            }
        }
    }

    @Test
    void should_load_microsofts_data_files_with_their_row_counts_in_every_table() throws SQLException, IOException {
        Path dir = SharedData.require("adventureworkslt/csv");
        try (Connection db = connect(CSV_DB)) {
            assertThat(SampleDatabase.isLoaded(db)).isFalse();
            SampleLoadReport report = SampleDatabase.loadFromCsv(db, dir);

            assertThat(report.source()).isEqualTo(SampleLoadReport.Source.DATA_FILES);
            for (Table table : SalesLt.TABLES) {
                int fileRows = DataFiles.records(dir.resolve(table.name() + ".csv")).size();
                assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM " + table.qualifiedName()))
                        .as(table.name()).isEqualTo(fileRows);
            }
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer")).isEqualTo(847);
            assertThat(Jdbc.rows(db, "SELECT TotalDue FROM SalesLT.SalesOrderHeader WHERE SalesOrderID = 71774"))
                    .containsExactly("972.7850");
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.ProductModel"
                    + " WHERE CatalogDescription IS DOCUMENT")).isPositive();
            try (Statement statement = db.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT ThumbNailPhoto FROM SalesLT.Product"
                            + " WHERE ProductID = 680")) {
                rs.next();
                assertThat(new String(rs.getBytes(1), 0, 6, StandardCharsets.US_ASCII))
                        .isEqualTo("GIF89a");
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }
}
