package io.askdb.app.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Small H2 in-memory databases the server tests ask about, each under a fresh name. */
final class TestDatabases {

    private TestDatabases() {}

    /**
     * A shop: 3 customers (with a SECRET column askdb is told to deny), 6 products in 3
     * categories, and two breakdown views: sales per category, orders per month.
     */
    static String shop() {
        String url = "jdbc:h2:mem:shop_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        run(url,
                "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, country VARCHAR(30), secret VARCHAR(30))",
                "INSERT INTO customer VALUES (1, 'Ada', 'UK', 's1'), (2, 'Grace', 'US', 's2'), (3, 'Linus', 'FI', 's3')",
                "CREATE TABLE category (id INT PRIMARY KEY, name VARCHAR(30) NOT NULL)",
                "INSERT INTO category VALUES (1, 'Bikes'), (2, 'Components'), (3, 'Clothing'), (4, 'Accessories')",
                "CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, category_id INT REFERENCES category(id),"
                        + " price DECIMAL(10,2))",
                "INSERT INTO product VALUES (1, 'Road-150', 1, 3578.27), (2, 'Mountain-200', 1, 2319.99),"
                        + " (3, 'HL Crankset', 2, 404.99), (4, 'Jersey', 3, 49.99), (5, 'Cap', 3, 8.99),"
                        + " (6, 'Bottle', 4, 4.99), (7, 'Pump', 4, 19.99), (8, 'Lock', 4, 25.00)",
                "CREATE VIEW products_per_category AS SELECT c.name AS category, COUNT(p.id) AS products"
                        + " FROM category c LEFT JOIN product p ON p.category_id = c.id GROUP BY c.name",
                "CREATE TABLE orders_per_month (order_month VARCHAR(7) PRIMARY KEY, orders INT)",
                "INSERT INTO orders_per_month VALUES ('2024-01', 12), ('2024-02', 19), ('2024-03', 15), ('2024-04', 24),"
                        + " ('2024-05', 31), ('2024-06', 28)");
        return url;
    }

    /** A second database: 2 warehouses, nothing else. */
    static String inventory() {
        String url = "jdbc:h2:mem:inv_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        run(url,
                "CREATE TABLE warehouse (id INT PRIMARY KEY, city VARCHAR(30))",
                "INSERT INTO warehouse VALUES (1, 'Oslo'), (2, 'Lyon')");
        return url;
    }

    private static void run(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + url, e);
        }
    }
}
