package io.askdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A small in-memory H2 shop (customers, orders, products) for tests that run the whole pipeline. */
final class ShopDatabase {

    final String url = "jdbc:h2:mem:cachetest_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    private final Connection keeper;

    ShopDatabase() throws SQLException {
        keeper = DriverManager.getConnection(url);
        execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50))",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(10, 2))",
                "CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(100), price DECIMAL(10, 2))",
                "INSERT INTO customers VALUES (1, 'Ana', 'France'), (2, 'Luc', 'France'), (3, 'Eva', 'Spain')",
                "INSERT INTO orders VALUES (1, 1, 120.50), (2, 1, 80.00), (3, 3, 15.25)",
                "INSERT INTO products VALUES (1, 'Road Bike', 1200.00), (2, 'Helmet', 45.00)");
    }

    void execute(String... statements) throws SQLException {
        try (Statement statement = keeper.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    void drop() throws SQLException {
        execute("DROP ALL OBJECTS");
        keeper.close();
    }
}
