package io.askdb.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated sample loaded into H2 in SQL Server mode, read back through SQL. */
class SampleDatabaseTest {

    private static Connection db;
    /** A second database, loaded twice: the second load's report and rows. */
    private static Connection reloaded;
    private static SampleLoadReport report;

    @BeforeAll
    static void load() throws SQLException {
        db = H2Sample.loaded();
        reloaded = H2Sample.loaded();
        report = SampleDatabase.load(reloaded);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
        reloaded.close();
    }

    @ParameterizedTest
    @CsvSource({
        "Customer, 847", "Address, 450", "CustomerAddress, 417", "Product, 295", "ProductCategory, 41",
        "ProductModel, 128", "ProductDescription, 762", "ProductModelProductDescription, 762",
        "SalesOrderHeader, 32", "SalesOrderDetail, 542"
    })
    void should_hold_the_real_samples_row_count_when_loaded(String table, long rows) throws SQLException {
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT." + table)).isEqualTo(rows);
    }

    @Test
    void should_report_the_row_counts_it_loaded() {
        assertThat(report.source()).isEqualTo(SampleLoadReport.Source.GENERATED);
        assertThat(report.database()).isEqualTo("H2");
        assertThat(report.rowCounts()).containsEntry("Customer", 847).containsEntry("SalesOrderDetail", 542);
        assertThat(report.rowCounts().keySet()).first().isEqualTo("ProductCategory");
        assertThat(report.totalRows()).isEqualTo(847 + 450 + 417 + 295 + 41 + 128 + 762 + 762 + 32 + 542);
    }

    @Test
    void should_answer_847_to_the_seed_customer_count() throws SQLException {
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer")).isEqualTo(847);
    }

    @Test
    void should_run_the_seeds_tsql_top_query_as_written() throws SQLException {
        List<String> rows = Jdbc.rows(db, "SELECT TOP 10 * FROM SalesLT.Product");
        assertThat(rows).hasSize(10);
        assertThat(Jdbc.columnLabels(db, "SELECT TOP 10 * FROM SalesLT.Product"))
                .startsWith("ProductID", "Name", "ProductNumber", "Color", "StandardCost", "ListPrice")
                .endsWith("rowguid", "ModifiedDate");
    }

    @Test
    void should_match_table_and_column_names_in_any_case_when_opened_like_the_embedded_sample()
            throws SQLException {
        assertThat(Jdbc.scalar(db, "SELECT COUNT(customerid) FROM SalesLT.CUSTOMER")).isEqualTo(847);
    }

    @Test
    void should_compute_total_due_as_subtotal_plus_tax_plus_freight() throws SQLException {
        assertThat(Jdbc.scalar(db,
                "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader WHERE TotalDue <> SubTotal + TaxAmt + Freight"))
                .isZero();
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader WHERE TotalDue > SubTotal"))
                .isEqualTo(32);
    }

    @Test
    void should_compute_line_totals_that_add_up_to_each_orders_subtotal() throws SQLException {
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.SalesOrderDetail"
                + " WHERE LineTotal <> UnitPrice * (1 - UnitPriceDiscount) * OrderQty")).isZero();
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader h WHERE ABS(h.SubTotal -"
                + " (SELECT SUM(d.LineTotal) FROM SalesLT.SalesOrderDetail d WHERE d.SalesOrderID = h.SalesOrderID))"
                + " >= 0.0001")).isZero();
    }

    @Test
    void should_number_orders_so_followed_by_their_id() throws SQLException {
        assertThat(Jdbc.rows(db, "SELECT TOP 1 SalesOrderNumber FROM SalesLT.SalesOrderHeader ORDER BY SalesOrderID"))
                .containsExactly("SO71774");
    }

    @Test
    void should_place_every_order_on_the_same_june_2008_day_for_distinct_customers() throws SQLException {
        assertThat(Jdbc.rows(db, "SELECT DISTINCT CAST(OrderDate AS DATE), CAST(DueDate AS DATE),"
                + " CAST(ShipDate AS DATE), Status, ShipMethod FROM SalesLT.SalesOrderHeader"))
                .containsExactly("2008-06-01 | 2008-06-13 | 2008-06-08 | 5 | CARGO TRANSPORT 5");
        assertThat(Jdbc.scalar(db, "SELECT COUNT(DISTINCT CustomerID) FROM SalesLT.SalesOrderHeader")).isEqualTo(32);
    }

    @Test
    void should_find_no_orphans_for_any_foreign_key() throws SQLException {
        for (Table table : SalesLt.TABLES) {
            for (Table.ForeignKey fk : table.foreignKeys()) {
                String column = fk.columns().get(0);
                String sql = "SELECT COUNT(*) FROM " + table.qualifiedName() + " c WHERE c." + column
                        + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + SalesLt.SCHEMA + "." + fk.referencedTable()
                        + " p WHERE p." + fk.referencedColumns().get(0) + " = c." + column + ")";
                assertThat(Jdbc.scalar(db, sql)).as(fk.name()).isZero();
            }
        }
    }

    @Test
    void should_declare_every_foreign_key_in_the_catalog() throws SQLException {
        List<String> declared = new ArrayList<>();
        DatabaseMetaData meta = db.getMetaData();
        for (Table table : SalesLt.TABLES) {
            try (ResultSet rs = meta.getImportedKeys(null, "SalesLT", table.name())) {
                while (rs.next()) {
                    declared.add(rs.getString("FKTABLE_NAME") + "." + rs.getString("FKCOLUMN_NAME") + " -> "
                            + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"));
                }
            }
        }
        assertThat(declared).containsExactlyInAnyOrder(
                "ProductCategory.ParentProductCategoryID -> ProductCategory.ProductCategoryID",
                "ProductModelProductDescription.ProductDescriptionID -> ProductDescription.ProductDescriptionID",
                "ProductModelProductDescription.ProductModelID -> ProductModel.ProductModelID",
                "Product.ProductCategoryID -> ProductCategory.ProductCategoryID",
                "Product.ProductModelID -> ProductModel.ProductModelID",
                "CustomerAddress.AddressID -> Address.AddressID",
                "CustomerAddress.CustomerID -> Customer.CustomerID",
                "SalesOrderHeader.BillToAddressID -> Address.AddressID",
                "SalesOrderHeader.ShipToAddressID -> Address.AddressID",
                "SalesOrderHeader.CustomerID -> Customer.CustomerID",
                "SalesOrderDetail.ProductID -> Product.ProductID",
                "SalesOrderDetail.SalesOrderID -> SalesOrderHeader.SalesOrderID");
    }

    @Test
    void should_build_a_category_tree_of_four_parents_and_37_children() throws SQLException {
        assertThat(Jdbc.rows(db, "SELECT Name FROM SalesLT.ProductCategory WHERE ParentProductCategoryID IS NULL"
                + " ORDER BY ProductCategoryID")).containsExactly("Bikes", "Components", "Clothing", "Accessories");
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.ProductCategory c JOIN SalesLT.ProductCategory p"
                + " ON c.ParentProductCategoryID = p.ProductCategoryID WHERE p.ParentProductCategoryID IS NULL"))
                .isEqualTo(37);
        assertThat(Jdbc.rows(db, "SELECT ParentProductCategoryName, ProductCategoryName FROM SalesLT.vGetAllCategories"))
                .hasSize(37)
                .contains("Bikes | Mountain Bikes", "Bikes | Road Bikes", "Components | Road Frames",
                        "Clothing | Jerseys", "Accessories | Helmets");
    }

    @Test
    void should_describe_127_models_in_each_of_six_cultures() throws SQLException {
        assertThat(Jdbc.rows(db, "SELECT Culture, COUNT(*) FROM SalesLT.ProductModelProductDescription"
                + " GROUP BY Culture ORDER BY Culture")).containsExactly(
                "ar     | 127", "en     | 127", "fr     | 127", "he     | 127", "th     | 127", "zh-cht | 127");
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.vProductAndDescription")).isPositive();
    }

    @Test
    void should_price_products_plausibly_within_their_check_constraints() throws SQLException {
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Product"
                + " WHERE StandardCost >= ListPrice OR ListPrice < 2 OR ListPrice > 3600")).isZero();
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Product WHERE Color IS NOT NULL AND Color NOT IN"
                + " ('Black', 'Red', 'Silver', 'White', 'Blue', 'Yellow', 'Grey', 'Multi', 'Silver/Black')")).isZero();
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Product WHERE Color IS NULL")).isPositive();
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Product WHERE Size IS NOT NULL AND Size NOT IN"
                + " ('S', 'M', 'L', 'XL') AND (CAST(Size AS INT) < 38 OR CAST(Size AS INT) > 62)")).isZero();
        assertThat(Jdbc.scalar(db, "SELECT COUNT(DISTINCT Name) + COUNT(DISTINCT ProductNumber) FROM SalesLT.Product"))
                .isEqualTo(2 * 295);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "UPDATE SalesLT.Product SET ListPrice = -1 WHERE ProductID = 680; CK_Product_ListPrice",
        "UPDATE SalesLT.Product SET Weight = 0 WHERE ProductID = 680; CK_Product_Weight",
        "UPDATE SalesLT.SalesOrderHeader SET Status = 9 WHERE SalesOrderID = 71774; CK_SalesOrderHeader_Status",
        "UPDATE SalesLT.SalesOrderDetail SET OrderQty = 0; CK_SalesOrderDetail_OrderQty",
        "UPDATE SalesLT.Customer SET PasswordHash = NULL; PasswordHash"
    })
    void should_refuse_rows_that_break_salesLT_rules(String sql, String named) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(sql))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining(named);
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    @Test
    void should_keep_sensitive_password_columns_filled_for_every_customer() throws SQLException {
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer"
                + " WHERE LEN(PasswordHash) = 44 AND LEN(PasswordSalt) = 8")).isEqualTo(847);
        assertThat(Jdbc.rows(db, "SELECT CompanyName, EmailAddress FROM SalesLT.Customer WHERE CustomerID = 1"))
                .singleElement().asString().startsWith("A Bike Store | ").endsWith("@adventure-works.com");
        assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer"
                + " WHERE LEFT(SalesPerson, 16) <> 'adventure-works\\'")).isZero();
    }

    @Test
    void should_place_addresses_in_the_united_states_canada_and_the_united_kingdom() throws SQLException {
        assertThat(Jdbc.rows(db, "SELECT DISTINCT CountryRegion FROM SalesLT.Address ORDER BY CountryRegion"))
                .containsExactly("Canada", "United Kingdom", "United States");
        assertThat(Jdbc.rows(db, "SELECT AddressType, COUNT(*) FROM SalesLT.CustomerAddress GROUP BY AddressType"
                + " ORDER BY AddressType")).containsExactly("Main Office | 407", "Shipping | 10");
    }

    @Test
    void should_load_identical_rows_every_time_and_replace_the_previous_copy() throws SQLException {
        for (Table table : SalesLt.TABLES) {
            assertThat(Jdbc.dump(reloaded, table)).as(table.name()).isEqualTo(Jdbc.dump(db, table));
        }
        assertThat(SampleDatabase.isLoaded(reloaded)).isTrue();
    }

    @Test
    void should_let_new_rows_take_keys_after_the_loaded_ones() throws SQLException {
        reloaded.setAutoCommit(false);
        try (Statement statement = reloaded.createStatement()) {
            statement.executeUpdate("INSERT INTO SalesLT.ProductCategory (ParentProductCategoryID, Name)"
                    + " VALUES (1, 'Cargo Bikes')");
            assertThat(Jdbc.scalar(reloaded, "SELECT ProductCategoryID FROM SalesLT.ProductCategory"
                    + " WHERE Name = 'Cargo Bikes'")).isGreaterThanOrEqualTo(42);
        } finally {
            reloaded.rollback();
            reloaded.setAutoCommit(true);
        }
    }

    @Test
    void should_not_call_an_empty_database_loaded() throws SQLException {
        try (Connection empty = H2Sample.empty()) {
            assertThat(SampleDatabase.isLoaded(empty)).isFalse();
            empty.setAutoCommit(false);
            assertThat(SampleDatabase.isLoaded(empty)).isFalse();
            assertThat(Jdbc.scalar(empty, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void should_refuse_a_database_it_has_no_ddl_for() throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThatThrownBy(() -> SampleDatabase.load(sqlite))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SQLite");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SQLite", "Microsoft SQL Server", "Apache Derby"})
    void should_refuse_products_it_has_no_ddl_for(String product) {
        assertThatThrownBy(() -> Flavour.of(product))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(product);
    }

    @ParameterizedTest
    @CsvSource({"H2, H2", "PostgreSQL, POSTGRESQL", "MariaDB, MYSQL", "MySQL, MYSQL"})
    void should_know_the_products_it_has_ddl_for(String product, Flavour flavour) {
        assertThat(Flavour.of(product)).isEqualTo(flavour);
    }

    @Test
    void should_map_the_sample_tables_to_their_real_row_counts() {
        Map<String, Integer> counts = SampleGenerator.generate().counts();
        for (Table table : SalesLt.TABLES) {
            assertThat(counts.get(table.name())).as(table.name()).isEqualTo(table.rowCount());
        }
    }
}
