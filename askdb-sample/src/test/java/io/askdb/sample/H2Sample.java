package io.askdb.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, private in-memory H2 databases in SQL Server mode, as the embedded sample opens them. */
final class H2Sample {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private H2Sample() {}

    /** A new empty database; it lives while the returned connection is open. */
    static Connection empty() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:sample_test_" + COUNTER.incrementAndGet()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
    }

    /** A new database holding the generated sample. */
    static Connection loaded() throws SQLException {
        Connection connection = empty();
        SampleDatabase.load(connection);
        return connection;
    }
}
