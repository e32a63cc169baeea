package io.askdb.bench.workload;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values each template slot can take: read from the sample (colors, categories, cities,
 * companies and so on, in a fixed order so the stream is reproducible), plus a few fixed numbers.
 */
public final class LiteralPools {

    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("color", "SELECT DISTINCT Color FROM SalesLT.Product WHERE Color IS NOT NULL ORDER BY Color"),
            Map.entry("size", "SELECT DISTINCT Size FROM SalesLT.Product WHERE Size IS NOT NULL ORDER BY Size"),
            Map.entry("category", "SELECT Name FROM SalesLT.ProductCategory WHERE ParentProductCategoryID IS NOT NULL"
                    + " ORDER BY Name"),
            Map.entry("parent", "SELECT Name FROM SalesLT.ProductCategory WHERE ParentProductCategoryID IS NULL"
                    + " ORDER BY Name"),
            Map.entry("model", "SELECT Name FROM SalesLT.ProductModel ORDER BY Name"),
            Map.entry("product", "SELECT Name FROM SalesLT.Product ORDER BY Name"),
            Map.entry("company", "SELECT DISTINCT CompanyName FROM SalesLT.Customer WHERE CompanyName IS NOT NULL"
                    + " ORDER BY CompanyName"),
            Map.entry("city", "SELECT DISTINCT City FROM SalesLT.Address ORDER BY City"),
            Map.entry("state", "SELECT DISTINCT StateProvince FROM SalesLT.Address ORDER BY StateProvince"),
            Map.entry("order", "SELECT SalesOrderNumber FROM SalesLT.SalesOrderHeader ORDER BY SalesOrderNumber"),
            Map.entry("salesperson", "SELECT DISTINCT SalesPerson FROM SalesLT.Customer WHERE SalesPerson IS NOT NULL"
                    + " ORDER BY SalesPerson"),
            Map.entry("year", "SELECT DISTINCT YEAR(OrderDate) FROM SalesLT.SalesOrderHeader ORDER BY 1"));

    /** Prices from 25 to 3,000 in steps of 25, and "top N" from 1 to 25: people pick their own numbers. */
    private static final Map<String, List<String>> FIXED = Map.of(
            "price", java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(i -> String.valueOf(i * 25)).toList(),
            "n", java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).toList());

    private final Map<String, List<String>> pools;

    public LiteralPools(Map<String, List<String>> pools) {
        this.pools = Map.copyOf(pools);
    }

    /** Reads every pool from a database with the SalesLT schema. */
    public static LiteralPools read(Connection connection) throws SQLException {
        Map<String, List<String>> pools = new LinkedHashMap<>(FIXED);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                List<String> values = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(query.getValue())) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (value != null && !value.isBlank()) {
                            values.add(value.trim());
                        }
                    }
                }
                pools.put(query.getKey(), List.copyOf(values));
            }
        }
        return new LiteralPools(pools);
    }

    /** Every slot a pool exists for. */
    static java.util.Set<String> slotNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(QUERIES.keySet());
        names.addAll(FIXED.keySet());
        return names;
    }

    public List<String> values(String slot) {
        List<String> values = pools.get(slot);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("no values for slot {" + slot + "}; pools: " + pools.keySet());
        }
        return values;
    }
}
