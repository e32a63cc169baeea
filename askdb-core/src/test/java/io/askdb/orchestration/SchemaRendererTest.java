package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Dialect;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema text of a prompt says what is true of the database and nothing it should not say. */
class SchemaRendererTest {

    private static final TableId HEADER = new TableId("SalesLT", "SalesOrderHeader");
    private static final TableId DETAIL = new TableId("SalesLT", "SalesOrderDetail");
    private static final TableId CUSTOMER = new TableId("SalesLT", "Customer");

    private static ColumnInfo column(String name, String type, int jdbc, boolean key) {
        return new ColumnInfo(name, type, jdbc, 0, !key, key, "");
    }

    private static final ForeignKeyInfo TO_HEADER =
            new ForeignKeyInfo("FK_detail_header", DETAIL, List.of("SalesOrderID"), HEADER, List.of("SalesOrderID"));

    private static final TableInfo DETAIL_TABLE = new TableInfo(DETAIL, false, List.of(
            column("SalesOrderID", "int", Types.INTEGER, true),
            column("SalesOrderDetailID", "int", Types.INTEGER, true),
            column("OrderQty", "smallint", Types.SMALLINT, false),
            column("rowguid", "uniqueidentifier", Types.CHAR, false)),
            // The same key reported twice, as some drivers do for a key that is also an index.
            List.of(TO_HEADER, TO_HEADER), "");

    private static final TableInfo CUSTOMER_TABLE = new TableInfo(CUSTOMER, false, List.of(
            column("CustomerID", "int", Types.INTEGER, true),
            column("CompanyName", "nvarchar", Types.NVARCHAR, false),
            column("PasswordHash", "varchar", Types.VARCHAR, false),
            column("Photo", "varbinary", Types.VARBINARY, false),
            column("Token", "varchar", Types.VARCHAR, false),
            column("ExternalRef", "varchar", Types.VARCHAR, false),
            column("SalesPerson", "nvarchar", Types.NVARCHAR, false)), List.of(), "");

    @Test
    void should_write_a_composite_primary_key_once_at_table_level_and_each_foreign_key_once() {
        String text = SchemaRenderer.render(List.of(DETAIL_TABLE), Dialect.SQLSERVER, Map.of(), Set.of());

        assertThat(text).contains("  PRIMARY KEY (SalesOrderID, SalesOrderDetailID),\n")
                .doesNotContain("SalesOrderID int PRIMARY KEY")
                .contains("  SalesOrderID int NOT NULL,\n");
        assertThat(text.split("FOREIGN KEY", -1)).hasSize(2);
        assertThat(text).contains("FOREIGN KEY (SalesOrderID) REFERENCES SalesLT.SalesOrderHeader (SalesOrderID)\n);");
    }

    @Test
    void should_end_every_table_without_a_trailing_comma() {
        String text = SchemaRenderer.render(List.of(DETAIL_TABLE, CUSTOMER_TABLE), Dialect.SQLSERVER, Map.of(),
                Set.of("saleslt.customer.salesperson"));

        assertThat(text).doesNotContain(",\n)").doesNotContain(",)");
        assertThat(text).contains("  ExternalRef varchar\n);").doesNotContain("SalesPerson");
    }

    @Test
    void should_send_no_sample_values_for_uuids_binary_secrets_or_denied_columns() {
        Map<String, Map<String, List<Object>>> samples = Map.of(
                DETAIL.key(), Map.of("rowguid", List.of("e552f657-a9af-4a7d-a645-c429d6e02491"),
                        "orderqty", List.of(1, 3)),
                CUSTOMER.key(), Map.of("companyname", List.of("A Bike Store"),
                        "passwordhash", List.of("L/Rlwxzp4w7RWmEgXX+/A7cXaePEPcp+KwQhl2fJL7w="),
                        "photo", List.of(new byte[] {1, 2}),
                        "token", List.of("abc123"),
                        "externalref", List.of("{6F9619FF-8B86-D011-B42D-00C04FC964FF}", "R-17"),
                        "salesperson", List.of("adventure-works\\pamela0")));

        String text = SchemaRenderer.render(List.of(DETAIL_TABLE, CUSTOMER_TABLE), Dialect.SQLSERVER, samples,
                Set.of("saleslt.customer.salesperson"));

        assertThat(text).contains("OrderQty smallint, -- e.g. 1, 3").contains("e.g. 'A Bike Store'")
                .contains("ExternalRef varchar -- e.g. 'R-17'");
        assertThat(text).doesNotContain("e552f657").doesNotContain("L/Rlwxzp").doesNotContain("abc123")
                .doesNotContain("6F9619FF").doesNotContain("pamela").doesNotContain("[B@");
    }
}
