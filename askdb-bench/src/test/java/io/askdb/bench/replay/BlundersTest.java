package io.askdb.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlundersTest {

    @Test
    void should_leave_out_the_last_condition_of_the_outer_where() {
        assertThat(Blunders.dropFilter("SELECT COUNT(*) FROM p JOIN c ON p.a = c.a WHERE c.Name = 'Helmets' AND p.ListPrice > 25"))
                .isEqualTo("SELECT COUNT(*) FROM p JOIN c ON p.a = c.a WHERE c.Name = 'Helmets'");
        assertThat(Blunders.dropFilter("SELECT Name FROM SalesLT.Product WHERE Color = 'Red'"))
                .isEqualTo("SELECT Name FROM SalesLT.Product");
        assertThat(Blunders.dropFilter("SELECT a FROM t WHERE y = 2008 GROUP BY a"))
                .isEqualTo("SELECT a FROM t GROUP BY a");
        assertThat(Blunders.dropFilter("SELECT COUNT(*) FROM SalesLT.Customer")).isNull();
    }

    @Test
    void should_not_touch_conditions_inside_a_subquery_or_a_quoted_value() {
        String sql = "SELECT c.CompanyName FROM c WHERE c.CustomerID IN (SELECT ca.CustomerID FROM ca WHERE a.City = 'X')"
                + " GROUP BY c.CompanyName HAVING SUM(h.TotalDue) > 100";
        assertThat(Blunders.dropFilter(sql))
                .isEqualTo("SELECT c.CompanyName FROM c GROUP BY c.CompanyName HAVING SUM(h.TotalDue) > 100");
        assertThat(Blunders.topLevel("SELECT 'a WHERE b' FROM t WHERE x = 1", " WHERE ", 0)).isEqualTo(25);
    }

    @Test
    void should_make_each_kind_of_mistake_a_model_makes() {
        assertThat(Blunders.rewrite("wrong join", "SELECT 1 FROM h JOIN a ON h.ShipToAddressID = a.AddressID"))
                .isEqualTo("SELECT 1 FROM h JOIN a ON h.BillToAddressID = a.AddressID");
        assertThat(Blunders.rewrite("wrong column", "SELECT MAX(ListPrice) FROM SalesLT.Product"))
                .isEqualTo("SELECT MAX(StandardCost) FROM SalesLT.Product");
        assertThat(Blunders.rewrite("reversed ranking", "SELECT TOP 3 Name FROM p ORDER BY ListPrice DESC, Name"))
                .isEqualTo("SELECT TOP 3 Name FROM p ORDER BY ListPrice ASC, Name");
        assertThat(Blunders.rewrite("wrong table", "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader"))
                .isEqualTo("SELECT COUNT(*) FROM SalesLT.SalesOrderDetail");
        assertThat(Blunders.rewrite("reversed ranking", "SELECT COUNT(*) FROM SalesLT.Product")).isNull();
    }
}
