package io.askdb.bench.jmh;

/**
 * SQL statements on SalesLT for the guard: a typical answer (one join, a filter, a grouping) and
 * a 200-line report query (CTEs, many CASE columns, several joins, a subquery), both read-only
 * and free of denied columns, so the guard does all of its work and lets them through.
 */
final class LongSql {

    static final String TYPICAL = "SELECT TOP 10 c.Name, COUNT(*) AS Products, AVG(p.ListPrice) AS AveragePrice\n"
            + "FROM SalesLT.Product p JOIN SalesLT.ProductCategory c ON p.ProductCategoryID = c.ProductCategoryID\n"
            + "WHERE p.Color = 'Red' AND p.ListPrice > 100\n"
            + "GROUP BY c.Name\n"
            + "ORDER BY Products DESC";

    static final int LINES = 200;

    /** Lines after the report columns: the last column, FROM, joins, WHERE and ORDER BY. */
    private static final int TAIL = 13;

    private LongSql() {}

    /** Exactly {@link #LINES} lines. */
    static String twoHundredLines() {
        StringBuilder sql = new StringBuilder();
        int[] lines = {0};
        java.util.function.Consumer<String> line = text -> {
            sql.append(text).append('\n');
            lines[0]++;
        };
        line.accept("WITH order_totals AS (");
        line.accept("    SELECT h.CustomerID,");
        line.accept("           COUNT(*) AS Orders,");
        line.accept("           SUM(h.SubTotal) AS SubTotal,");
        line.accept("           SUM(h.TaxAmt) AS Tax,");
        line.accept("           SUM(h.Freight) AS Freight,");
        line.accept("           SUM(h.TotalDue) AS TotalDue");
        line.accept("    FROM SalesLT.SalesOrderHeader h");
        line.accept("    GROUP BY h.CustomerID");
        line.accept("), line_totals AS (");
        line.accept("    SELECT h.CustomerID,");
        line.accept("           SUM(d.OrderQty) AS Units,");
        line.accept("           SUM(d.LineTotal) AS Revenue,");
        line.accept("           COUNT(DISTINCT d.ProductID) AS DistinctProducts");
        line.accept("    FROM SalesLT.SalesOrderDetail d");
        line.accept("    JOIN SalesLT.SalesOrderHeader h ON h.SalesOrderID = d.SalesOrderID");
        line.accept("    GROUP BY h.CustomerID");
        line.accept(")");
        line.accept("SELECT c.CustomerID,");
        line.accept("       c.FirstName,");
        line.accept("       c.LastName,");
        line.accept("       c.CompanyName,");
        line.accept("       a.City,");
        line.accept("       a.StateProvince,");
        line.accept("       a.CountryRegion,");
        line.accept("       ot.Orders,");
        line.accept("       ot.TotalDue,");
        line.accept("       lt.Units,");
        line.accept("       lt.Revenue,");
        int bucket = 0;
        // Report columns: revenue and due buckets, each a CASE over five lines.
        while (lines[0] + 5 <= LINES - TAIL) {
            bucket++;
            line.accept("       CASE");
            line.accept("           WHEN lt.Revenue >= " + (bucket * 1000) + " THEN 'above " + (bucket * 1000) + "'");
            line.accept("           WHEN ot.TotalDue >= " + (bucket * 500) + " THEN 'due above " + (bucket * 500) + "'");
            line.accept("           ELSE 'below'");
            line.accept("       END AS Bucket" + bucket + ",");
        }
        while (lines[0] < LINES - TAIL) {
            line.accept("       lt.DistinctProducts * " + lines[0] + " AS Weighted" + lines[0] + ",");
        }
        line.accept("       lt.DistinctProducts");
        line.accept("FROM SalesLT.Customer c");
        line.accept("JOIN SalesLT.CustomerAddress ca ON ca.CustomerID = c.CustomerID");
        line.accept("JOIN SalesLT.Address a ON a.AddressID = ca.AddressID");
        line.accept("LEFT JOIN order_totals ot ON ot.CustomerID = c.CustomerID");
        line.accept("LEFT JOIN line_totals lt ON lt.CustomerID = c.CustomerID");
        line.accept("WHERE ca.AddressType = 'Main Office'");
        line.accept("  AND a.CountryRegion IN ('United States', 'United Kingdom', 'Canada')");
        line.accept("  AND c.CustomerID IN (SELECT h2.CustomerID FROM SalesLT.SalesOrderHeader h2");
        line.accept("                       WHERE h2.OnlineOrderFlag = 0)");
        line.accept("  AND c.CompanyName IS NOT NULL");
        line.accept("ORDER BY lt.Revenue DESC,");
        line.accept("         c.CustomerID");
        if (lines[0] != LINES) {
            throw new IllegalStateException("the long statement has " + lines[0] + " lines, not " + LINES);
        }
        return sql.toString();
    }
}
