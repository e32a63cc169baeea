package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The row cap in each dialect's own syntax, with existing caps kept or lowered. */
class RowCapTest {

    private static final String P = "SELECT Name FROM SalesLT.Product";
    private static final String U = "SELECT FirstName FROM SalesLT.Customer UNION SELECT Name FROM SalesLT.Product";

    static Stream<Arguments> caps() {
        return Stream.of(
                // no cap yet: the dialect's own syntax
                arguments(Dialect.H2_MSSQL, P, "SELECT TOP 1000 Name FROM SalesLT.Product", true),
                arguments(Dialect.SQLSERVER, P, "SELECT TOP 1000 Name FROM SalesLT.Product", true),
                arguments(Dialect.POSTGRESQL, P, "SELECT Name FROM SalesLT.Product LIMIT 1000", true),
                arguments(Dialect.MYSQL, P, "SELECT Name FROM SalesLT.Product LIMIT 1000", true),
                arguments(Dialect.SQLITE, P, "SELECT Name FROM SalesLT.Product LIMIT 1000", true),
                arguments(Dialect.H2, P, "SELECT Name FROM SalesLT.Product LIMIT 1000", true),
                arguments(Dialect.ANSI, P, "SELECT Name FROM SalesLT.Product FETCH FIRST 1000 ROWS ONLY", true),
                // H2 would read "TOP 1000 YEAR(" as an interval: FETCH FIRST instead
                arguments(Dialect.H2_MSSQL, "SELECT YEAR(OrderDate), COUNT(*) FROM SalesLT.SalesOrderHeader GROUP BY YEAR(OrderDate)",
                        "SELECT YEAR(OrderDate) AS year_order_date, COUNT(*) AS count FROM SalesLT.SalesOrderHeader "
                                + "GROUP BY YEAR(OrderDate) FETCH FIRST 1000 ROWS ONLY", true),
                arguments(Dialect.SQLSERVER, "SELECT YEAR(OrderDate) FROM SalesLT.SalesOrderHeader",
                        "SELECT TOP 1000 YEAR(OrderDate) AS year_order_date FROM SalesLT.SalesOrderHeader", true),
                // a smaller cap is kept
                arguments(Dialect.H2_MSSQL, "SELECT TOP 5 Name FROM SalesLT.Product",
                        "SELECT TOP 5 Name FROM SalesLT.Product", false),
                arguments(Dialect.POSTGRESQL, P + " LIMIT 5", P + " LIMIT 5", false),
                arguments(Dialect.MYSQL, P + " LIMIT 20, 5", P + " LIMIT 20, 5", false),
                arguments(Dialect.ANSI, P + " FETCH FIRST 5 ROWS ONLY", P + " FETCH FIRST 5 ROWS ONLY", false),
                arguments(Dialect.POSTGRESQL, P + " ORDER BY Name LIMIT 10 OFFSET 30", P + " ORDER BY Name LIMIT 10 OFFSET 30",
                        false),
                // a larger one is lowered
                arguments(Dialect.H2_MSSQL, "SELECT TOP 50000 Name FROM SalesLT.Product",
                        "SELECT TOP 1000 Name FROM SalesLT.Product", true),
                arguments(Dialect.POSTGRESQL, P + " LIMIT 50000", P + " LIMIT 1000", true),
                arguments(Dialect.POSTGRESQL, P + " LIMIT ALL", P + " LIMIT 1000", true),
                arguments(Dialect.ANSI, P + " FETCH FIRST 50000 ROWS ONLY", P + " FETCH FIRST 1000 ROWS ONLY", true),
                arguments(Dialect.SQLSERVER, P + " ORDER BY Name OFFSET 0 ROWS FETCH NEXT 5000 ROWS ONLY",
                        P + " ORDER BY Name OFFSET 0 ROWS FETCH NEXT 1000 ROWS ONLY", true),
                // a cap that cannot be compared: kept, and capped again from outside
                arguments(Dialect.H2_MSSQL, "SELECT TOP 10 PERCENT Name FROM SalesLT.Product",
                        "SELECT TOP 1000 * FROM (SELECT TOP 10 PERCENT Name FROM SalesLT.Product) AS askdb_capped", true),
                arguments(Dialect.POSTGRESQL, P + " LIMIT ?",
                        "SELECT * FROM (" + P + " LIMIT ?) AS askdb_capped LIMIT 1000", true),
                // OFFSET without a cap on SQL Server: FETCH NEXT, since TOP cannot go with OFFSET
                arguments(Dialect.SQLSERVER, P + " ORDER BY Name OFFSET 10 ROWS",
                        P + " ORDER BY Name OFFSET 10 ROWS FETCH NEXT 1000 ROWS ONLY", true),
                // set operations: capped as a whole
                arguments(Dialect.H2_MSSQL, U, "SELECT TOP 1000 * FROM (" + U + ") AS askdb_capped", true),
                arguments(Dialect.SQLSERVER, U + " ORDER BY 1", U + " ORDER BY 1 OFFSET 0 ROWS FETCH NEXT 1000 ROWS ONLY", true),
                arguments(Dialect.POSTGRESQL, U, U + " LIMIT 1000", true),
                arguments(Dialect.MYSQL, U + " ORDER BY 1", U + " ORDER BY 1 LIMIT 1000", true),
                arguments(Dialect.ANSI, U, U + " FETCH FIRST 1000 ROWS ONLY", true),
                arguments(Dialect.H2_MSSQL, "WITH n AS (SELECT Name FROM SalesLT.Product) SELECT Name FROM n "
                                + "UNION SELECT FirstName FROM SalesLT.Customer",
                        "WITH n AS (SELECT Name FROM SalesLT.Product) SELECT TOP 1000 * FROM (SELECT Name FROM n "
                                + "UNION SELECT FirstName FROM SalesLT.Customer) AS askdb_capped", true),
                // only the outermost query is capped
                arguments(Dialect.POSTGRESQL, "SELECT n FROM (SELECT Name AS n FROM SalesLT.Product LIMIT 5000) t",
                        "SELECT n FROM (SELECT Name AS n FROM SalesLT.Product LIMIT 5000) t LIMIT 1000", true),
                // DISTINCT: SQL Server wants DISTINCT TOP, H2 TOP DISTINCT; FETCH FIRST suits H2 in any mode
                arguments(Dialect.SQLSERVER, "SELECT DISTINCT Color FROM SalesLT.Product",
                        "SELECT DISTINCT TOP 1000 Color FROM SalesLT.Product", true),
                arguments(Dialect.H2_MSSQL, "SELECT DISTINCT Color FROM SalesLT.Product ORDER BY Color",
                        "SELECT DISTINCT Color FROM SalesLT.Product ORDER BY Color FETCH FIRST 1000 ROWS ONLY", true),
                // a query of aggregates without GROUP BY returns one row and is left uncapped
                arguments(Dialect.H2_MSSQL, "SELECT COUNT(*) FROM SalesLT.Product",
                        "SELECT COUNT(*) AS count FROM SalesLT.Product", false),
                arguments(Dialect.POSTGRESQL, "SELECT MIN(ListPrice), MAX(ListPrice) FROM SalesLT.Product",
                        "SELECT MIN(ListPrice) AS min_list_price, MAX(ListPrice) AS max_list_price FROM SalesLT.Product", false),
                // with GROUP BY, or with a plain column beside the aggregate, it is capped
                arguments(Dialect.H2_MSSQL, "SELECT Color, COUNT(*) FROM SalesLT.Product GROUP BY Color",
                        "SELECT TOP 1000 Color, COUNT(*) AS count FROM SalesLT.Product GROUP BY Color", true),
                arguments(Dialect.POSTGRESQL, "SELECT COUNT(*), 1 + 1 FROM SalesLT.Product",
                        "SELECT COUNT(*) AS count, 1 + 1 FROM SalesLT.Product LIMIT 1000", true));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("caps")
    void should_cap_rows_in_the_dialect_syntax_when_the_outermost_query_has_no_smaller_cap(
            Dialect dialect, String sql, String expected, boolean capped) {
        GuardedSql guarded = GuardFixture.guard(dialect).check(sql);

        assertThat(guarded.sql()).isEqualTo(expected);
        assertThat(guarded.capped()).isEqualTo(capped);
    }
}
