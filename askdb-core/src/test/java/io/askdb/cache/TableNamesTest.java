package io.askdb.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableNamesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT COUNT(*) FROM customers                                             | customers
            SELECT TOP 10 * FROM SalesLT.Product ORDER BY ListPrice DESC               | product
            SELECT TOP 10 * FROM [SalesLT].[Product]                                   | product
            SELECT * FROM "PUBLIC"."ORDERS" LIMIT 5                                    | orders
            SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id | orders,customers
            WITH big AS (SELECT * FROM orders WHERE total > 5) SELECT * FROM big       | orders
            SELECT * FROM products WHERE category IN (SELECT id FROM categories)       | products,categories
            SELECT FROM WHERE ((                                                       | *
            """)
    void should_name_the_tables_a_statement_reads(String sql, String tables) {
        assertThat(TableNames.of(sql)).isEqualTo(Set.of(tables.split(",")));
    }
}
