package io.askdb.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the questions go and how hard askdb may lean on the database.
 *
 * @param url the JDBC URL; empty means the embedded SalesLT sample
 * @param denyColumns {@code schema.table.column} names never read or returned, matched ignoring case
 * @param maxRows rows returned at most; more are cut and the response says {@code truncated}
 * @param statementTimeout a query running longer is cancelled
 * @param poolSize connections per database pool
 * @param connectTimeout how long a request waits for a connection before reporting the database down
 */
public record DatabaseSettings(
        Optional<String> url,
        Optional<String> user,
        Optional<String> password,
        List<String> denyColumns,
        int maxRows,
        Duration statementTimeout,
        int poolSize,
        Duration connectTimeout) {

    public static final String SAMPLE_URL =
            "jdbc:h2:mem:saleslt;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    public static final List<String> DEFAULT_DENY_COLUMNS =
            List.of("SalesLT.Customer.PasswordHash", "SalesLT.Customer.PasswordSalt");
    public static final int DEFAULT_MAX_ROWS = 1000;
    public static final long DEFAULT_STATEMENT_TIMEOUT_SECONDS = 30;
    public static final int DEFAULT_POOL_SIZE = 4;
    public static final long DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

    public DatabaseSettings {
        denyColumns = List.copyOf(denyColumns);
        if (maxRows < 1) {
            throw new IllegalArgumentException("ASKDB_MAX_ROWS must be >= 1, was " + maxRows);
        }
        if (statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "ASKDB_STATEMENT_TIMEOUT must be >= 1 second, was " + statementTimeout.toSeconds());
        }
        if (connectTimeout.toMillis() < 250) {
            throw new IllegalArgumentException(
                    "ASKDB_CONNECT_TIMEOUT must be >= 1 second, was " + connectTimeout.toSeconds());
        }
    }

    static DatabaseSettings from(EnvReader env) {
        return new DatabaseSettings(
                env.string("DATABASE_URL"),
                env.string("DATABASE_USER"),
                env.string("DATABASE_PASSWORD"),
                env.list("ASKDB_DENY_COLUMNS", DEFAULT_DENY_COLUMNS),
                env.integer("ASKDB_MAX_ROWS", DEFAULT_MAX_ROWS, 1),
                env.seconds("ASKDB_STATEMENT_TIMEOUT", DEFAULT_STATEMENT_TIMEOUT_SECONDS),
                env.integer("ASKDB_POOL_SIZE", DEFAULT_POOL_SIZE, 1),
                env.seconds("ASKDB_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT_SECONDS));
    }

    /** The URL to connect to: the configured one, or the embedded sample. */
    public String effectiveUrl() {
        return url.orElse(SAMPLE_URL);
    }

    /** The same settings pointed at another database (for {@code --db}). */
    public DatabaseSettings withUrl(String newUrl) {
        return new DatabaseSettings(
                Optional.of(newUrl), user, password, denyColumns, maxRows, statementTimeout, poolSize, connectTimeout);
    }

    /** The same settings with another connection wait (tests of a database that is down use a short one). */
    public DatabaseSettings withConnectTimeout(Duration value) {
        return new DatabaseSettings(url, user, password, denyColumns, maxRows, statementTimeout, poolSize, value);
    }

    /** The same settings with another row bound. */
    public DatabaseSettings withMaxRows(int value) {
        return new DatabaseSettings(url, user, password, denyColumns, value, statementTimeout, poolSize, connectTimeout);
    }
}
