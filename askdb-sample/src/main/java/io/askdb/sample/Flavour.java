package io.askdb.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The three SQL families the sample is written for. */
enum Flavour {
    /** H2, in SQL Server mode or not: one DDL for both. */
    H2,
    POSTGRESQL,
    /** MariaDB and MySQL: a schema is a database. */
    MYSQL;

    /** The flavour of the database behind the connection, as its driver names the product. */
    static Flavour of(Connection connection) throws SQLException {
        return of(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * @param product the driver's product name ({@code DatabaseMetaData#getDatabaseProductName})
     * @throws IllegalArgumentException for a product the sample has no DDL for, naming it
     */
    static Flavour of(String product) {
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            case "mysql", "mariadb" -> MYSQL;
            default -> throw new IllegalArgumentException(
                    "the SalesLT sample can be loaded into H2, PostgreSQL and MariaDB/MySQL, not " + product);
        };
    }
}
