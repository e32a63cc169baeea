package io.askdb.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** Where {@link SqlExecutor} takes its connections, and whom it tells when one is lost mid-statement. */
@FunctionalInterface
interface ConnectionSource {

    Connection connect() throws SQLException;

    /** A statement failed because its connection broke ({@link SqlExecutionException.Kind#CONNECTION}). */
    default void lost(long nanos, SQLException e) {}
}
