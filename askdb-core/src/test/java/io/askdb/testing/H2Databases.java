package io.askdb.testing;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Small in-memory H2 databases for tests, each with its own name so tests never share state. */
public final class H2Databases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private H2Databases() {}

    /** Creates a fresh database, runs the statements on it, and returns its URL. */
    public static String create(String mode, String... statements) {
        String url = "jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1"
                + (mode == null ? "" : ";MODE=" + mode);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up " + url, e);
        }
        return url;
    }

    /** A small shop: 3 customers (two in France, one in Spain) and 4 orders. */
    public static String shop() {
        return create("MSSQLServer",
                "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50), country VARCHAR(30))",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT REFERENCES customer(id), total DECIMAL(10,2))",
                "INSERT INTO customer VALUES (1, 'Ana', 'France'), (2, 'Ben', 'France'), (3, 'Carla', 'Spain')",
                "INSERT INTO orders VALUES (1, 1, 10.50), (2, 1, 20.00), (3, 2, 5.25), (4, 3, 100.00)");
    }

    /** An AskDb on the given URL with otherwise default (environment-free) settings. */
    public static AskDb askDb(String url) {
        return askDb(AskDbConfig.defaults(), url);
    }

    public static AskDb askDb(AskDbConfig config, String url) {
        return AskDb.builder().config(config.withDatabase(config.database().withUrl(url))).build();
    }
}
