package io.askdb.sample;

import io.askdb.testing.ExternalServices;
import io.askdb.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The sample in the local MariaDB, where SalesLT is a database of its own. Other tests may load
 * SalesLT there too: a load replaces it under a server lock, and every copy has the same row
 * counts. The generated sample is loaded last, so that is what this class leaves behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleDatabaseMariaDbIT {

    @BeforeAll
    static void requireMariaDb() {
        ExternalServices.requireMariaDb();
    }

    @Test
    @Order(1)
    void should_load_microsofts_data_files_with_their_row_counts_in_every_table() throws SQLException, IOException {
        Path dir = SharedData.require("adventureworkslt/csv");
        try (Connection db = connect()) {
            SampleDatabase.loadFromCsv(db, dir);
            for (Table table : SalesLt.TABLES) {
                int fileRows = DataFiles.records(dir.resolve(table.name() + ".csv")).size();
                assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM " + table.qualifiedName()))
                        .as(table.name()).isEqualTo(fileRows);
            }
            assertThat(Jdbc.rows(db, "SELECT TotalDue, SalesOrderNumber FROM SalesLT.SalesOrderHeader"
                    + " WHERE SalesOrderID = 71774")).containsExactly("972.7850 | SO71774");
            assertThat(Jdbc.rows(db, "SELECT DISTINCT SalesPerson FROM SalesLT.Customer WHERE SalesPerson LIKE '%jos%'"))
                    .containsExactly("adventure-works\\josé1");
        }
    }

    @Test
    @Order(2)
    void should_load_the_generated_sample_into_the_saleslt_database() throws SQLException {
        try (Connection db = connect()) {
            SampleLoadReport report = SampleDatabase.load(db);

            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer")).isEqualTo(847);
            for (Table table : SalesLt.TABLES) {
                assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM " + table.qualifiedName()))
                        .as(table.name()).isEqualTo(table.rowCount());
                assertThat(report.rowCounts()).containsEntry(table.name(), table.rowCount());
            }
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader"
                    + " WHERE TotalDue <> SubTotal + TaxAmt + Freight")).isZero();
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.vGetAllCategories")).isEqualTo(37);
            assertThat(SampleDatabase.isLoaded(db)).isTrue();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(ExternalServices.MARIADB_URL, "root", "");
    }
}
