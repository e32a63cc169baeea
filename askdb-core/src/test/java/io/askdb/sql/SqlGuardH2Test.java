package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rewritten SQL runs on a real in-memory H2: TOP, expanded stars, bracket quoting and the
 * OFFSET/FETCH and wrapper caps in SQL Server mode; LIMIT in plain H2.
 */
class SqlGuardH2Test {

    private static final int MAX_ROWS = 3;

    private static H2Sample mssql;
    private static H2Sample plain;
    private static SqlGuard mssqlGuard;
    private static SqlGuard plainGuard;

    @BeforeAll
    static void createDatabases() throws SQLException {
        mssql = H2Sample.create("guard_h2_mssql", true);
        plain = H2Sample.create("guard_h2_plain", false);
        mssqlGuard = new SqlGuard(mssql.catalog(), Dialect.H2_MSSQL, SalesLtCatalog.DENY, MAX_ROWS);
        plainGuard = new SqlGuard(plain.catalog(), Dialect.H2, SalesLtCatalog.DENY, MAX_ROWS);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        mssql.close();
        plain.close();
    }

    @Test
    void should_run_top_and_expanded_star_with_bracket_quoting_when_on_h2_in_sql_server_mode() throws SQLException {
        GuardedSql guarded = mssqlGuard.check("SELECT * FROM SalesLT.Customer ORDER BY CustomerID");

        assertThat(guarded.sql()).isEqualTo("SELECT TOP 3 CUSTOMERID, FIRSTNAME, LASTNAME, COMPANYNAME, EMAILADDRESS, "
                + "[Nick Name] FROM SalesLT.Customer ORDER BY CustomerID");
        List<List<String>> rows = mssql.query(guarded.sql());
        assertThat(rows.get(0)).containsExactly("CUSTOMERID", "FIRSTNAME", "LASTNAME", "COMPANYNAME", "EMAILADDRESS",
                "Nick Name");
        assertThat(rows.subList(1, rows.size())).hasSize(MAX_ROWS)
                .allSatisfy(row -> assertThat(row).noneMatch(v -> v != null && v.startsWith(H2Sample.SECRET)));
        assertThat(rows.get(1)).containsExactly("1", "Orlando", "Gee", "A Bike Store", "orlando0@example.com", "Orly");
    }

    @Test
    void should_run_qualified_star_expansion_in_a_join_when_on_h2_in_sql_server_mode() throws SQLException {
        GuardedSql guarded = mssqlGuard.check("SELECT c.*, a.City FROM SalesLT.Customer c "
                + "JOIN SalesLT.CustomerAddress ca ON ca.CustomerID = c.CustomerID "
                + "JOIN SalesLT.Address a ON a.AddressID = ca.AddressID ORDER BY c.CustomerID");

        List<List<String>> rows = mssql.query(guarded.sql());

        assertThat(guarded.sql()).contains("c.[Nick Name]");
        assertThat(rows.get(0)).containsExactly("CUSTOMERID", "FIRSTNAME", "LASTNAME", "COMPANYNAME", "EMAILADDRESS",
                "Nick Name", "CITY");
        assertThat(rows.get(1)).endsWith("Toronto");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT FirstName FROM SalesLT.Customer UNION SELECT Name FROM SalesLT.Product",
        "SELECT FirstName FROM SalesLT.Customer UNION SELECT Name FROM SalesLT.Product ORDER BY 1",
        "SELECT Name FROM SalesLT.Product ORDER BY Name OFFSET 1 ROWS",
        "SELECT TOP 50 PERCENT Name FROM SalesLT.Product ORDER BY Name",
        "WITH tree (id, depth) AS (SELECT ProductCategoryID, 0 FROM SalesLT.ProductCategory "
                + "WHERE ParentProductCategoryID IS NULL UNION ALL SELECT pc.ProductCategoryID, tree.depth + 1 "
                + "FROM SalesLT.ProductCategory pc JOIN tree ON pc.ParentProductCategoryID = tree.id) "
                + "SELECT id, depth FROM tree",
        "SELECT DISTINCT Color FROM SalesLT.Product WHERE Color IS NOT NULL",
        "SELECT Name, ROW_NUMBER() OVER (PARTITION BY ProductCategoryID ORDER BY ListPrice DESC) AS rn FROM SalesLT.Product"
    })
    void should_run_every_cap_form_and_return_at_most_the_cap_when_on_h2_in_sql_server_mode(String sql)
            throws SQLException {
        GuardedSql guarded = mssqlGuard.check(sql);

        List<List<String>> rows = mssql.query(guarded.sql());

        assertThat(guarded.capped()).isTrue();
        assertThat(rows.size() - 1).isBetween(1, MAX_ROWS);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void should_run_the_row_cap_that_sql_written_as_text_takes_when_on_h2_in_sql_server_mode(boolean distinct)
            throws SQLException {
        String sql = "SELECT " + Dialect.H2_MSSQL.selectWords(distinct, 2) + "Color FROM SalesLT.Product ORDER BY Color"
                + Dialect.H2_MSSQL.capAtEnd(distinct, 2);

        List<List<String>> rows = mssql.query(mssqlGuard.check(sql).sql());

        assertThat(rows.size() - 1).isEqualTo(2);
    }

    @Test
    void should_run_limit_and_expanded_star_when_on_plain_h2() throws SQLException {
        GuardedSql guarded = plainGuard.check("SELECT * FROM SalesLT.Customer c ORDER BY c.CustomerID");

        assertThat(guarded.sql()).isEqualTo("SELECT CUSTOMERID, FIRSTNAME, LASTNAME, COMPANYNAME, EMAILADDRESS, "
                + "\"Nick Name\" FROM SalesLT.Customer c ORDER BY c.CustomerID LIMIT 3");
        List<List<String>> rows = plain.query(guarded.sql());
        assertThat(rows).hasSize(1 + MAX_ROWS);
        assertThat(rows.get(3)).containsExactly("3", "Donna", "Carreras", "Advanced Bike Components",
                "donna0@example.com", "Dee");
    }

    @Test
    void should_run_a_capped_set_operation_when_on_plain_h2() throws SQLException {
        GuardedSql guarded = plainGuard.check("SELECT City FROM SalesLT.Address EXCEPT SELECT 'Paris' ORDER BY City");

        assertThat(guarded.sql()).isEqualTo("SELECT City FROM SalesLT.Address EXCEPT SELECT 'Paris' ORDER BY City LIMIT 3");
        assertThat(plain.query(guarded.sql())).extracting(row -> row.get(0)).containsExactly("CITY", "London", "Toronto");
    }
}
