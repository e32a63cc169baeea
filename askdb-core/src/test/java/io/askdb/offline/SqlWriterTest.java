package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Dialect;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlWriterTest {

    private final SchemaCatalog shop = Catalogs.shop();
    private final TableInfo product = shop.table("SalesLT.Product").orElseThrow();
    private final TableInfo category = shop.table("SalesLT.ProductCategory").orElseThrow();

    private Plan.Column col(TableInfo t, String name) {
        return new Plan.Column(t, t.column(name).orElseThrow());
    }

    private Plan topThreeByPrice() {
        return new Plan(List.of(Plan.Item.of(col(product, "Name"))), false, product, List.of(),
                List.of(new Plan.Condition(Plan.Item.of(col(product, "Color")), "=", "Red", null)), false, List.of(), null,
                List.of(new Plan.Order(Plan.Item.of(col(product, "ListPrice")), true)), 3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "H2_MSSQL   | SELECT TOP 3 Name FROM SalesLT.Product WHERE Color = 'Red' ORDER BY ListPrice DESC",
        "SQLSERVER  | SELECT TOP 3 Name FROM SalesLT.Product WHERE Color = 'Red' ORDER BY ListPrice DESC",
        "SQLITE     | SELECT Name FROM SalesLT.Product WHERE Color = 'Red' ORDER BY ListPrice DESC LIMIT 3",
        "MYSQL      | SELECT Name FROM SalesLT.Product WHERE Color = 'Red' ORDER BY ListPrice DESC LIMIT 3",
        "POSTGRESQL | SELECT \"Name\" FROM \"SalesLT\".\"Product\" WHERE \"Color\" = 'Red' ORDER BY \"ListPrice\" DESC LIMIT 3",
        "ANSI       | SELECT \"Name\" FROM \"SalesLT\".\"Product\" WHERE \"Color\" = 'Red' ORDER BY \"ListPrice\" DESC FETCH FIRST 3 ROWS ONLY",
    })
    void should_write_row_cap_and_quoting_of_the_dialect(Dialect dialect, String expected) {
        assertThat(SqlWriter.write(topThreeByPrice(), dialect)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "H2_MSSQL  | SELECT DISTINCT Color FROM SalesLT.Product FETCH FIRST 3 ROWS ONLY",
        "SQLSERVER | SELECT DISTINCT TOP 3 Color FROM SalesLT.Product",
        "SQLITE    | SELECT DISTINCT Color FROM SalesLT.Product LIMIT 3",
    })
    void should_put_the_row_cap_of_a_distinct_list_where_the_database_accepts_it(Dialect dialect, String expected) {
        Plan plan = new Plan(List.of(Plan.Item.of(col(product, "Color"))), true, product, List.of(), List.of(), false,
                List.of(), null, List.of(), 3);
        assertThat(SqlWriter.write(plan, dialect)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "H2_MSSQL | SELECT T2.Name, COUNT(*) FROM SalesLT.Product AS T1 JOIN SalesLT.ProductCategory AS T2 ON T1.ProductCategoryID = T2.ProductCategoryID GROUP BY T2.Name HAVING COUNT(*) > 1",
        "SQLITE   | SELECT T2.Name, COUNT(*) FROM SalesLT.Product AS T1 JOIN SalesLT.ProductCategory AS T2 ON T1.ProductCategoryID = T2.ProductCategoryID GROUP BY T2.Name HAVING COUNT(*) > 1",
    })
    void should_alias_joined_tables_and_write_group_and_having(Dialect dialect, String expected) {
        Plan plan = new Plan(List.of(Plan.Item.of(col(category, "Name")), Plan.Item.countAll()), false, product,
                List.of(new Plan.Join(category, product.foreignKeys().get(0))), List.of(), false,
                List.of(col(category, "Name")), new Plan.Condition(Plan.Item.countAll(), ">", 1.0, null), List.of(), 0);
        assertThat(SqlWriter.write(plan, dialect)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SQLITE     | strftime('%Y', Name) < '2008'",
        "POSTGRESQL | EXTRACT(YEAR FROM \"Name\") < 2008",
        "H2_MSSQL   | YEAR(Name) < 2008",
    })
    void should_compare_years_with_the_dialects_date_function(Dialect dialect, String expected) {
        Plan plan = new Plan(List.of(Plan.Item.countAll()), false, product, List.of(),
                List.of(new Plan.Condition(Plan.Item.of(col(product, "Name")), "YEAR<", 2008.0, null)), false, List.of(),
                null, List.of(), 0);
        assertThat(SqlWriter.write(plan, dialect)).endsWith(" WHERE " + expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"O'Brien | 'O''Brien'", "12.0 | 12", "2.5 | 2.5"})
    void should_write_literals_safely(String value, String expected) {
        Object v = value.matches("[0-9.]+") ? (Object) Double.valueOf(value) : value;
        assertThat(SqlWriter.literal(v)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"order, SQLITE, \"order\"", "Rank, H2_MSSQL, [Rank]", "first name, MYSQL, `first name`",
        "product, POSTGRESQL, product", "Product, H2, \"Product\"", "PRODUCT, H2, PRODUCT"})
    void should_quote_identifiers_only_when_needed(String name, Dialect dialect, String expected) {
        assertThat(SqlWriter.identifier(name, dialect)).isEqualTo(expected);
    }
}
