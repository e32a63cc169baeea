package io.askdb.sample;

import io.askdb.sql.Dialect;

/** The three SQL families the sample is written for. */
enum Flavour {
    /** H2, in SQL Server mode or not: one DDL for both. */
    H2,
    POSTGRESQL,
    /** MariaDB and MySQL: a schema is a database. */
    MYSQL;

    static Flavour of(Dialect dialect) {
        return switch (dialect) {
            case H2, H2_MSSQL -> H2;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            default -> throw new IllegalArgumentException(
                    "the SalesLT sample can be loaded into H2, PostgreSQL and MariaDB/MySQL, not "
                            + dialect.displayName());
        };
    }
}
