package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the guard's SQL says to a person: result columns named as a person would name them in
 * every dialect, the configured row cap in the SQL shown, and row listings without bookkeeping.
 */
class SqlPresentationTest {

    private static SqlGuard guard(Dialect dialect) {
        // As Database builds it: runs with one row more than the bound, shows the bound.
        return new SqlGuard(SalesLtCatalog.catalog(), dialect, SalesLtCatalog.DENY, 1001, 1000, false);
    }

    static Stream<Arguments> namedColumns() {
        return Stream.of(
                arguments(Dialect.H2_MSSQL, "SELECT COUNT(*) FROM SalesLT.Customer",
                        "SELECT COUNT(*) AS count FROM SalesLT.Customer"),
                arguments(Dialect.POSTGRESQL, "SELECT SUM(TotalDue) FROM SalesLT.SalesOrderHeader",
                        "SELECT SUM(TotalDue) AS total_due FROM SalesLT.SalesOrderHeader"),
                arguments(Dialect.MYSQL, "SELECT AVG(ListPrice) FROM SalesLT.Product",
                        "SELECT AVG(ListPrice) AS avg_list_price FROM SalesLT.Product"),
                arguments(Dialect.SQLITE, "SELECT MAX(ListPrice), MIN(ListPrice) FROM SalesLT.Product",
                        "SELECT MAX(ListPrice) AS max_list_price, MIN(ListPrice) AS min_list_price FROM SalesLT.Product"),
                arguments(Dialect.SQLSERVER, "SELECT COUNT(DISTINCT Color) FROM SalesLT.Product",
                        "SELECT COUNT(DISTINCT Color) AS count_distinct_color FROM SalesLT.Product"),
                arguments(Dialect.H2, "SELECT ROUND(AVG(ListPrice), 2) FROM SalesLT.Product",
                        "SELECT ROUND(AVG(ListPrice), 2) AS \"avg_list_price\" FROM SalesLT.Product LIMIT 1000"),
                // a name the query already gives is kept, and an alias never repeats another output name
                arguments(Dialect.POSTGRESQL, "SELECT COUNT(*) AS n FROM SalesLT.Product",
                        "SELECT COUNT(*) AS n FROM SalesLT.Product"),
                arguments(Dialect.POSTGRESQL, "SELECT Color AS count, COUNT(*) FROM SalesLT.Product GROUP BY Color",
                        "SELECT Color AS count, COUNT(*) AS count_2 FROM SalesLT.Product GROUP BY Color LIMIT 1000"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("namedColumns")
    void should_name_every_result_column_as_a_person_would_in_every_dialect(Dialect dialect, String sql, String shown) {
        assertThat(guard(dialect).check(sql).shown()).isEqualTo(shown);
    }

    static Stream<Arguments> caps() {
        return Stream.of(
                arguments(Dialect.H2_MSSQL, "SELECT Name FROM SalesLT.Product", "SELECT TOP 1000 Name FROM SalesLT.Product",
                        "SELECT TOP 1001 Name FROM SalesLT.Product"),
                arguments(Dialect.POSTGRESQL, "SELECT Name FROM SalesLT.Product", "SELECT Name FROM SalesLT.Product LIMIT 1000",
                        "SELECT Name FROM SalesLT.Product LIMIT 1001"),
                arguments(Dialect.ANSI, "SELECT Name FROM SalesLT.Product",
                        "SELECT Name FROM SalesLT.Product FETCH FIRST 1000 ROWS ONLY",
                        "SELECT Name FROM SalesLT.Product FETCH FIRST 1001 ROWS ONLY"),
                // a cap above the bound is lowered; the shown SQL run again keeps telling a cut answer from a whole one
                arguments(Dialect.MYSQL, "SELECT Name FROM SalesLT.Product LIMIT 5000",
                        "SELECT Name FROM SalesLT.Product LIMIT 1000", "SELECT Name FROM SalesLT.Product LIMIT 1001"),
                arguments(Dialect.MYSQL, "SELECT Name FROM SalesLT.Product LIMIT 1000",
                        "SELECT Name FROM SalesLT.Product LIMIT 1000", "SELECT Name FROM SalesLT.Product LIMIT 1001"),
                // a smaller cap of the query's own is shown and run as written
                arguments(Dialect.POSTGRESQL, "SELECT Name FROM SalesLT.Product LIMIT 5",
                        "SELECT Name FROM SalesLT.Product LIMIT 5", "SELECT Name FROM SalesLT.Product LIMIT 5"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("caps")
    void should_show_the_configured_row_cap_and_run_one_row_more(Dialect dialect, String sql, String shown, String run) {
        GuardedSql guarded = guard(dialect).check(sql);

        assertThat(guarded.shown()).isEqualTo(shown);
        assertThat(guarded.sql()).isEqualTo(run);
    }

    @Test
    void should_list_a_joined_listing_by_its_describing_columns_and_the_column_it_filters_on() {
        String sql = "SELECT T1.* FROM SalesLT.Customer AS T1 JOIN SalesLT.CustomerAddress AS T2 ON T2.CustomerID = T1.CustomerID"
                + " JOIN SalesLT.Address AS T3 ON T3.AddressID = T2.AddressID WHERE T3.City = 'London'";

        String shown = guard(Dialect.H2_MSSQL).check(sql, SqlGuard.Listing.DESCRIBING).shown();

        assertThat(shown).startsWith("SELECT TOP 1000 T1.CustomerID, T1.Title, T1.FirstName, T1.MiddleName, T1.LastName,"
                + " T1.CompanyName, T3.City FROM");
        assertThat(shown).doesNotContainIgnoringCase("rowguid").doesNotContain("ModifiedDate").doesNotContain("Password");
    }

    @Test
    void should_drop_only_bookkeeping_from_a_one_table_listing_and_keep_every_column_when_asked() {
        SqlGuard guard = guard(Dialect.H2_MSSQL);

        String describing = guard.check("SELECT * FROM SalesLT.ProductCategory", SqlGuard.Listing.DESCRIBING).shown();
        String all = guard.check("SELECT * FROM SalesLT.ProductCategory", SqlGuard.Listing.AS_WRITTEN).shown();

        assertThat(describing).isEqualTo("SELECT TOP 1000 ProductCategoryID, ParentProductCategoryID, [Name] FROM SalesLT.ProductCategory");
        assertThat(all).isEqualTo("SELECT TOP 1000 * FROM SalesLT.ProductCategory");
    }

    @Test
    void should_leave_a_distinct_star_as_written_and_drop_binary_columns_from_a_listing() {
        SqlGuard guard = guard(Dialect.POSTGRESQL);

        assertThat(guard.check("SELECT DISTINCT * FROM SalesLT.ProductCategory", SqlGuard.Listing.DESCRIBING).shown())
                .startsWith("SELECT DISTINCT * FROM");
        assertThat(guard.check("SELECT * FROM SalesLT.Product", SqlGuard.Listing.DESCRIBING).shown())
                .contains("ThumbnailPhotoFileName").doesNotContain("ThumbNailPhoto\"").doesNotContain("rowguid");
    }
}
