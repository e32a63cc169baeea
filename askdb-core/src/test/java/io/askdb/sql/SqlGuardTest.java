package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.askdb.schema.TableId;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Legitimate queries pass, re-written only where they must be: row cap, star expansion. */
class SqlGuardTest {

    private final SqlGuard guard = GuardFixture.guard(Dialect.H2_MSSQL);

    /** Each query with the SQL the guard must produce for the embedded sample (TOP 1000). */
    static Stream<Arguments> legitimate() {
        return Stream.of(
                arguments("SELECT COUNT(*) FROM SalesLT.Customer",
                        "SELECT COUNT(*) AS count FROM SalesLT.Customer"),
                arguments("SELECT TOP 10 Name, ListPrice FROM SalesLT.Product ORDER BY ListPrice DESC",
                        "SELECT TOP 10 Name, ListPrice FROM SalesLT.Product ORDER BY ListPrice DESC"),
                arguments("SELECT p.Name, pc.Name AS Category FROM SalesLT.Product p "
                                + "JOIN SalesLT.ProductCategory pc ON pc.ProductCategoryID = p.ProductCategoryID",
                        "SELECT TOP 1000 p.Name, pc.Name AS Category FROM SalesLT.Product p "
                                + "JOIN SalesLT.ProductCategory pc ON pc.ProductCategoryID = p.ProductCategoryID"),
                arguments("SELECT c.CompanyName, a.City FROM SalesLT.Customer c "
                                + "JOIN SalesLT.CustomerAddress ca ON ca.CustomerID = c.CustomerID "
                                + "LEFT JOIN SalesLT.Address a ON a.AddressID = ca.AddressID "
                                + "WHERE a.CountryRegion = 'United Kingdom'",
                        "SELECT TOP 1000 c.CompanyName, a.City FROM SalesLT.Customer c "
                                + "JOIN SalesLT.CustomerAddress ca ON ca.CustomerID = c.CustomerID "
                                + "LEFT JOIN SalesLT.Address a ON a.AddressID = ca.AddressID "
                                + "WHERE a.CountryRegion = 'United Kingdom'"),
                arguments("WITH big AS (SELECT CustomerID, SUM(TotalDue) AS total FROM SalesLT.SalesOrderHeader "
                                + "GROUP BY CustomerID) SELECT c.CompanyName, big.total FROM big "
                                + "JOIN SalesLT.Customer c ON c.CustomerID = big.CustomerID ORDER BY big.total DESC",
                        "WITH big AS (SELECT CustomerID, SUM(TotalDue) AS total FROM SalesLT.SalesOrderHeader "
                                + "GROUP BY CustomerID) SELECT TOP 1000 c.CompanyName, big.total FROM big "
                                + "JOIN SalesLT.Customer c ON c.CustomerID = big.CustomerID ORDER BY big.total DESC"),
                arguments("WITH tree (id, depth) AS (SELECT ProductCategoryID, 0 FROM SalesLT.ProductCategory "
                                + "WHERE ParentProductCategoryID IS NULL UNION ALL SELECT pc.ProductCategoryID, "
                                + "tree.depth + 1 FROM SalesLT.ProductCategory pc JOIN tree "
                                + "ON pc.ParentProductCategoryID = tree.id) SELECT id, depth FROM tree",
                        "WITH RECURSIVE tree(id,depth) AS (SELECT ProductCategoryID, 0 FROM SalesLT.ProductCategory "
                                + "WHERE ParentProductCategoryID IS NULL UNION ALL SELECT pc.ProductCategoryID, "
                                + "tree.depth + 1 FROM SalesLT.ProductCategory pc JOIN tree "
                                + "ON pc.ParentProductCategoryID = tree.id) SELECT TOP 1000 id, depth FROM tree"),
                arguments("SELECT Name, ROW_NUMBER() OVER (PARTITION BY ProductCategoryID ORDER BY ListPrice DESC) AS rn "
                                + "FROM SalesLT.Product",
                        "SELECT TOP 1000 Name, ROW_NUMBER() OVER (PARTITION BY ProductCategoryID ORDER BY ListPrice DESC)"
                                + " AS rn FROM SalesLT.Product"),
                arguments("SELECT Name, ListPrice - AVG(ListPrice) OVER () AS diff FROM SalesLT.Product",
                        "SELECT TOP 1000 Name, ListPrice - AVG(ListPrice) OVER () AS diff FROM SalesLT.Product"),
                arguments("SELECT FirstName FROM SalesLT.Customer c WHERE EXISTS "
                                + "(SELECT 1 FROM SalesLT.SalesOrderHeader h WHERE h.CustomerID = c.CustomerID)",
                        "SELECT TOP 1000 FirstName FROM SalesLT.Customer c WHERE EXISTS "
                                + "(SELECT 1 FROM SalesLT.SalesOrderHeader h WHERE h.CustomerID = c.CustomerID)"),
                arguments("SELECT Name FROM SalesLT.Product p WHERE NOT EXISTS "
                                + "(SELECT 1 FROM SalesLT.SalesOrderDetail d WHERE d.ProductID = p.ProductID)",
                        "SELECT TOP 1000 Name FROM SalesLT.Product p WHERE NOT EXISTS "
                                + "(SELECT 1 FROM SalesLT.SalesOrderDetail d WHERE d.ProductID = p.ProductID)"),
                arguments("SELECT Name FROM SalesLT.Product WHERE ListPrice > (SELECT AVG(ListPrice) FROM SalesLT.Product)",
                        "SELECT TOP 1000 Name FROM SalesLT.Product WHERE ListPrice > "
                                + "(SELECT AVG(ListPrice) FROM SalesLT.Product)"),
                arguments("SELECT p.Name FROM SalesLT.Product p WHERE p.ListPrice > (SELECT AVG(q.ListPrice) "
                                + "FROM SalesLT.Product q WHERE q.ProductCategoryID = p.ProductCategoryID)",
                        "SELECT TOP 1000 p.Name FROM SalesLT.Product p WHERE p.ListPrice > (SELECT AVG(q.ListPrice) "
                                + "FROM SalesLT.Product q WHERE q.ProductCategoryID = p.ProductCategoryID)"),
                arguments("SELECT Name, CASE WHEN ListPrice > 1000 THEN 'high' WHEN ListPrice > 100 THEN 'mid' "
                                + "ELSE 'low' END AS band FROM SalesLT.Product ORDER BY band",
                        "SELECT TOP 1000 Name, CASE WHEN ListPrice > 1000 THEN 'high' WHEN ListPrice > 100 THEN 'mid' "
                                + "ELSE 'low' END AS band FROM SalesLT.Product ORDER BY band"),
                arguments("SELECT Color, COUNT(*) AS n, AVG(ListPrice) AS avg_price FROM SalesLT.Product "
                                + "WHERE Color IS NOT NULL GROUP BY Color HAVING COUNT(*) > 5 ORDER BY n DESC",
                        "SELECT TOP 1000 Color, COUNT(*) AS n, AVG(ListPrice) AS avg_price FROM SalesLT.Product "
                                + "WHERE Color IS NOT NULL GROUP BY Color HAVING COUNT(*) > 5 ORDER BY n DESC"),
                arguments("SELECT t.Color, t.n FROM (SELECT Color, COUNT(*) AS n FROM SalesLT.Product GROUP BY Color) t "
                                + "WHERE t.n > 3",
                        "SELECT TOP 1000 t.Color, t.n FROM (SELECT Color, COUNT(*) AS n FROM SalesLT.Product "
                                + "GROUP BY Color) t WHERE t.n > 3"),
                arguments("SELECT FirstName FROM SalesLT.Customer UNION SELECT Name FROM SalesLT.Product",
                        "SELECT TOP 1000 * FROM (SELECT FirstName FROM SalesLT.Customer UNION "
                                + "SELECT Name FROM SalesLT.Product) AS askdb_capped"),
                arguments("SELECT City FROM SalesLT.Address INTERSECT SELECT City FROM SalesLT.Address "
                                + "WHERE CountryRegion = 'Canada' ORDER BY City",
                        "SELECT City FROM SalesLT.Address INTERSECT SELECT City FROM SalesLT.Address "
                                + "WHERE CountryRegion = 'Canada' ORDER BY City OFFSET 0 ROWS FETCH NEXT 1000 ROWS ONLY"),
                arguments("SELECT Name FROM SalesLT.Product ORDER BY Name OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY",
                        "SELECT Name FROM SalesLT.Product ORDER BY Name OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY"),
                arguments("SELECT DISTINCT Color FROM SalesLT.Product",
                        "SELECT DISTINCT Color FROM SalesLT.Product FETCH FIRST 1000 ROWS ONLY"),
                arguments("SELECT YEAR(OrderDate) AS y, DATEADD(day, 7, OrderDate) AS due, "
                                + "DATEDIFF(month, OrderDate, ShipDate) AS months FROM SalesLT.SalesOrderHeader",
                        "SELECT YEAR(OrderDate) AS y, DATEADD(day, 7, OrderDate) AS due, "
                                + "DATEDIFF(month, OrderDate, ShipDate) AS months FROM SalesLT.SalesOrderHeader "
                                + "FETCH FIRST 1000 ROWS ONLY"),
                arguments("SELECT h.SalesOrderNumber, SUM(d.LineTotal) AS total FROM SalesLT.SalesOrderHeader h "
                                + "JOIN SalesLT.SalesOrderDetail d ON d.SalesOrderID = h.SalesOrderID "
                                + "GROUP BY h.SalesOrderNumber HAVING SUM(d.LineTotal) > 1000",
                        "SELECT TOP 1000 h.SalesOrderNumber, SUM(d.LineTotal) AS total FROM SalesLT.SalesOrderHeader h "
                                + "JOIN SalesLT.SalesOrderDetail d ON d.SalesOrderID = h.SalesOrderID "
                                + "GROUP BY h.SalesOrderNumber HAVING SUM(d.LineTotal) > 1000"),
                arguments("SELECT pm.Name, COUNT(p.ProductID) FROM SalesLT.ProductModel pm "
                                + "LEFT JOIN SalesLT.Product p ON p.ProductModelID = pm.ProductModelID GROUP BY pm.Name",
                        "SELECT TOP 1000 pm.Name, COUNT(p.ProductID) AS count FROM SalesLT.ProductModel pm "
                                + "LEFT JOIN SalesLT.Product p ON p.ProductModelID = pm.ProductModelID GROUP BY pm.Name"),
                arguments("SELECT Name FROM Product WHERE Color IN ('Red', 'Black') AND ListPrice BETWEEN 10 AND 100",
                        "SELECT TOP 1000 Name FROM Product WHERE Color IN ('Red', 'Black') "
                                + "AND ListPrice BETWEEN 10 AND 100"),
                arguments("SELECT [Name], [ListPrice] FROM [SalesLT].[Product] WHERE [Color] = N'Red'",
                        "SELECT TOP 1000 [Name], [ListPrice] FROM [SalesLT].[Product] WHERE [Color] = N'Red'"),
                arguments("SELECT FirstName FROM SalesLT.Customer WHERE LastName LIKE 'O''%' -- the O'Briens\n",
                        "SELECT TOP 1000 FirstName FROM SalesLT.Customer WHERE LastName LIKE 'O''%'"),
                arguments("SELECT CustomerID, (SELECT COUNT(*) FROM SalesLT.SalesOrderHeader h "
                                + "WHERE h.CustomerID = c.CustomerID) AS orders FROM SalesLT.Customer c ORDER BY orders DESC",
                        "SELECT TOP 1000 CustomerID, (SELECT COUNT(*) FROM SalesLT.SalesOrderHeader h "
                                + "WHERE h.CustomerID = c.CustomerID) AS orders FROM SalesLT.Customer c ORDER BY orders DESC"),
                arguments("SELECT 1 AS one;", "SELECT TOP 1000 1 AS one"),
                arguments("SELECT CURRENT_TIMESTAMP AS now, CURRENT_USER AS who",
                        "SELECT TOP 1000 CURRENT_TIMESTAMP AS now, CURRENT_USER AS who"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("legitimate")
    void should_pass_and_cap_when_a_query_is_legitimate(String sql, String expected) {
        assertThat(guard.check(sql).sql()).isEqualTo(expected);
    }

    @Test
    void should_report_the_tables_read_in_order_when_a_query_joins() {
        GuardedSql guarded = guard.check("SELECT c.FirstName, a.City FROM SalesLT.Customer c "
                + "JOIN SalesLT.CustomerAddress ca ON ca.CustomerID = c.CustomerID "
                + "JOIN SalesLT.Address a ON a.AddressID = ca.AddressID "
                + "WHERE EXISTS (SELECT 1 FROM SalesLT.SalesOrderHeader h WHERE h.CustomerID = c.CustomerID)");

        assertThat(guarded.tables()).containsExactly(new TableId("SalesLT", "Customer"),
                new TableId("SalesLT", "CustomerAddress"), new TableId("SalesLT", "Address"),
                new TableId("SalesLT", "SalesOrderHeader"));
        assertThat(guarded.capped()).isTrue();
    }

    @Test
    void should_not_count_ctes_as_tables_when_reporting_what_is_read() {
        GuardedSql guarded = guard.check("WITH x AS (SELECT ProductID FROM SalesLT.Product) SELECT ProductID FROM x");

        assertThat(guarded.tables()).containsExactly(new TableId("SalesLT", "Product"));
    }

    @Test
    void should_expand_star_to_allowed_columns_when_the_table_has_denied_columns() {
        GuardedSql guarded = guard.check("SELECT * FROM SalesLT.Customer");

        assertThat(guarded.sql()).isEqualTo("SELECT TOP 1000 [CustomerID], [NameStyle], [Title], [FirstName], "
                + "[MiddleName], [LastName], [Suffix], [CompanyName], [SalesPerson], [EmailAddress], [Phone], "
                + "[rowguid], [ModifiedDate] FROM SalesLT.Customer");
        assertThat(guarded.sql()).doesNotContainIgnoringCase("password");
    }

    @Test
    void should_expand_qualified_star_only_for_the_table_with_denied_columns() {
        GuardedSql guarded = guard.check("SELECT c.*, ca.* FROM SalesLT.Customer c "
                + "JOIN SalesLT.CustomerAddress ca ON ca.CustomerID = c.CustomerID");

        assertThat(guarded.sql()).startsWith("SELECT TOP 1000 c.[CustomerID], c.[NameStyle], ")
                .contains("c.[rowguid], c.[ModifiedDate], ca.* FROM SalesLT.Customer c")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void should_expand_star_over_every_source_when_a_join_includes_a_table_with_denied_columns() {
        GuardedSql guarded = guard.check("SELECT * FROM SalesLT.CustomerAddress ca "
                + "JOIN SalesLT.Customer c ON ca.CustomerID = c.CustomerID");

        assertThat(guarded.sql()).startsWith("SELECT TOP 1000 ca.[CustomerID], ca.[AddressID], ca.[AddressType], "
                        + "ca.[rowguid], ca.[ModifiedDate], c.[CustomerID], c.[NameStyle]")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void should_expand_star_inside_derived_tables_and_ctes_when_they_read_a_table_with_denied_columns() {
        String derived = guard.check("SELECT * FROM (SELECT * FROM SalesLT.Customer) x").sql();
        String cte = guard.check("WITH x AS (SELECT * FROM SalesLT.Customer) SELECT * FROM x").sql();

        assertThat(derived).startsWith("SELECT TOP 1000 * FROM (SELECT [CustomerID], ").doesNotContainIgnoringCase("password");
        assertThat(cte).startsWith("WITH x AS (SELECT [CustomerID], ").doesNotContainIgnoringCase("password");
    }

    @Test
    void should_keep_star_as_written_when_no_table_in_scope_has_denied_columns() {
        assertThat(guard.check("SELECT * FROM SalesLT.Product").sql()).isEqualTo("SELECT TOP 1000 * FROM SalesLT.Product");
    }

    @Test
    void should_quote_expanded_names_in_the_dialect_style_when_they_need_it() {
        SqlGuard postgres = GuardFixture.guard(Dialect.POSTGRESQL);
        SqlGuard sqlServer = GuardFixture.guard(Dialect.SQLSERVER);

        assertThat(postgres.check("SELECT * FROM dbo.BuildVersion b JOIN SalesLT.Customer c ON 1 = 1").sql())
                .contains("b.\"Database Version\"", "c.\"FirstName\"", "c.rowguid");
        assertThat(sqlServer.check("SELECT * FROM dbo.BuildVersion b JOIN SalesLT.Customer c ON 1 = 1").sql())
                .contains("b.[Database Version]", "c.FirstName", "c.rowguid");
    }

    @Test
    void should_refuse_the_password_columns_when_asked_directly_or_through_star() {
        assertThatThrownBy(() -> guard.check("SELECT PasswordHash FROM SalesLT.Customer"))
                .isInstanceOfSatisfying(SqlRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DENIED_COLUMN))
                .hasMessage("the column SalesLT.Customer.PasswordHash is on the deny-list and may not be read");
        assertThat(guard.check("SELECT * FROM SalesLT.Customer").sql()).doesNotContainIgnoringCase("PasswordHash")
                .doesNotContainIgnoringCase("PasswordSalt");
    }

    @Test
    void should_match_the_deny_list_without_regard_to_case_when_configured_in_another_case() {
        SqlGuard lower = new SqlGuard(SalesLtCatalog.catalog(), Dialect.POSTGRESQL,
                List.of("saleslt.customer.emailaddress"), 10);

        assertThatThrownBy(() -> lower.check("SELECT EmailAddress FROM SalesLT.Customer"))
                .isInstanceOfSatisfying(SqlRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DENIED_COLUMN));
        assertThat(lower.check("SELECT PasswordHash FROM SalesLT.Customer").sql())
                .isEqualTo("SELECT PasswordHash FROM SalesLT.Customer LIMIT 10");
    }

    @Test
    void should_refuse_a_bad_deny_list_entry_when_the_guard_is_built() {
        assertThatThrownBy(() -> new SqlGuard(SalesLtCatalog.catalog(), Dialect.H2, List.of("PasswordHash"), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema.table.column");
        assertThatThrownBy(() -> new SqlGuard(SalesLtCatalog.catalog(), Dialect.H2, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRows must be >= 1, was 0");
    }

    static Stream<Arguments> misspelled() {
        return Stream.of(
                arguments("SELECT Custmer.FirstNam FROM SalesLT.Customer",
                        "unknown column 'Custmer.FirstNam'; did you mean Customer.FirstName?"),
                arguments("SELECT FirstNam FROM SalesLT.Customer", "unknown column 'FirstNam'; did you mean FirstName?"),
                arguments("SELECT c.EmailAdress FROM SalesLT.Customer c",
                        "unknown column 'c.EmailAdress'; did you mean c.EmailAddress?"),
                arguments("SELECT Name FROM SalesLT.Prodcut", "unknown table 'SalesLT.Prodcut'; did you mean SalesLT.Product?"),
                arguments("SELECT Name FROM Products", "unknown table 'Products'; did you mean SalesLT.Product?"),
                arguments("SELECT order_date FROM SalesLT.SalesOrderHeader",
                        "unknown column 'order_date'; did you mean OrderDate?"),
                arguments("SELECT Customer.FirstName FROM SalesLT.Customer c",
                        "unknown column 'Customer.FirstName'; did you mean c.FirstName?"),
                arguments("SELECT p.Name FROM SalesLT.Product p JOIN SalesLT.ProductCategory pc "
                                + "ON pc.ProductCategoryID = p.CategoryID",
                        "unknown column 'p.CategoryID'; did you mean p.ProductCategoryID?"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("misspelled")
    void should_name_the_closest_existing_names_when_a_name_is_unknown(String sql, String message) {
        assertThatThrownBy(() -> guard.check(sql)).hasMessage(message);
    }

    @Test
    void should_never_suggest_a_denied_column_when_a_name_is_misspelled() {
        assertThatThrownBy(() -> guard.check("SELECT PasswordHsh FROM SalesLT.Customer"))
                .isInstanceOfSatisfying(SqlRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_COLUMN))
                .hasMessageNotContaining("PasswordHash");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT Name FROM SalesLT.Product ORDER BY ListPrice",
        "SELECT Color AS c, COUNT(*) AS n FROM SalesLT.Product GROUP BY Color HAVING COUNT(*) > 1 ORDER BY n",
        "SELECT g.x FROM generate_series(1, 10) AS g(x)",
        "SELECT v.a FROM (VALUES (1), (2)) AS v(a)",
        "SELECT 1 FROM DUAL",
        "SELECT x.anything FROM some_table_function(1) x"
    })
    void should_be_lenient_when_a_name_cannot_be_resolved_for_lack_of_knowledge(String sql) {
        assertThat(guard.check(sql).sql()).startsWith("SELECT TOP 1000 ");
    }

    @Test
    void should_refuse_an_ambiguous_bare_table_name_and_list_the_qualified_ones() {
        var catalog = new io.askdb.schema.SchemaCatalog("H2", List.of(
                SalesLtCatalog.table("a", "T", "id:int"), SalesLtCatalog.table("b", "T", "id:int")), null);
        SqlGuard ambiguous = new SqlGuard(catalog, Dialect.H2, List.of(), 5);

        assertThatThrownBy(() -> ambiguous.check("SELECT id FROM T"))
                .hasMessage("the table name 'T' is ambiguous; qualify it as a.T or b.T");
        assertThat(ambiguous.check("SELECT id FROM b.T").sql()).isEqualTo("SELECT id FROM b.T LIMIT 5");
    }

    @Test
    void should_spell_recursive_ctes_the_target_way_when_the_dialects_disagree() {
        String tsql = "WITH n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n";
        String standard = "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n";

        assertThat(GuardFixture.guard(Dialect.POSTGRESQL).check(tsql).sql()).startsWith("WITH RECURSIVE n(i) AS (");
        assertThat(GuardFixture.guard(Dialect.SQLSERVER).check(standard).sql()).startsWith("WITH n(i) AS (");
        assertThat(GuardFixture.guard(Dialect.SQLSERVER).check("WITH n AS (SELECT 1 AS i) SELECT i FROM n").sql())
                .isEqualTo("WITH n AS (SELECT 1 AS i) SELECT TOP 1000 i FROM n");
    }

    @Test
    void should_drop_comments_from_the_sql_it_returns_when_they_are_harmless() {
        assertThat(guard.check("/* top products */ SELECT Name -- the name\nFROM SalesLT.Product").sql())
                .isEqualTo("SELECT TOP 1000 Name FROM SalesLT.Product");
    }

    @Test
    void should_answer_a_statement_checked_before_with_the_same_result_and_refuse_a_refused_one_again() {
        String sql = "SELECT Name FROM SalesLT.Product WHERE Color = 'Red'";
        GuardedSql first = guard.check(sql);

        assertThat(guard.check(sql)).isEqualTo(first);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> guard.check("DELETE FROM SalesLT.Product"))
                    .isInstanceOfSatisfying(SqlRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_READ_ONLY));
        }
    }
}
