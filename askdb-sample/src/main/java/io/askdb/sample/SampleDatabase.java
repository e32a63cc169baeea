package io.askdb.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The SalesLT sample database: Microsoft's AdventureWorksLT schema (ten tables, keys, checks,
 * computed columns, two views) in H2, PostgreSQL or MariaDB/MySQL, filled with generated rows or
 * with Microsoft's own data files.
 *
 * <p>A load owns the {@code SalesLT} schema (in MariaDB/MySQL, the {@code SalesLT} database): it
 * drops and recreates it, so loading twice leaves one copy. DDL runs first; the rows go in one
 * transaction. Concurrent loads into the same server are serialised by an advisory lock
 * (PostgreSQL, MariaDB) or a lock in this JVM (H2).
 *
 * <p>The embedded sample ({@code jdbc:h2:mem:saleslt}, in memory) is loaded once per JVM by
 * {@link #ensureEmbeddedLoaded}, which is safe to call from any thread before each use. Its signature
 * fits askdb-core's {@code io.askdb.EmbeddedDatabase}, so {@code SampleDatabase::ensureEmbeddedLoaded}
 * is how an application gives askdb its default database.
 */
public final class SampleDatabase {

    /** The schema (MariaDB/MySQL: database) the sample lives in. */
    public static final String SCHEMA = SalesLt.SCHEMA;

    private static final String LOCK_NAME = "askdb.SalesLT";
    private static final int LOCK_WAIT_SECONDS = 120;
    private static final Object JVM_LOCK = new Object();
    private static volatile boolean embeddedLoaded;

    private SampleDatabase() {}

    /**
     * Recreates SalesLT and fills it with the generated rows (the same rows on every call).
     *
     * @throws IllegalArgumentException when the connection is not to H2, PostgreSQL or MariaDB/MySQL
     */
    public static SampleLoadReport load(Connection connection) throws SQLException {
        Flavour.of(connection);
        return write(connection, generateAsync(), SampleLoadReport.Source.GENERATED);
    }

    /**
     * Recreates SalesLT and fills it from Microsoft's AdventureWorksLT data files in {@code dataDir}
     * ({@code Address.csv}, {@code Customer.csv}, …, one per table).
     *
     * @throws IllegalArgumentException when a file is missing or does not fit its table, or the
     *     connection is not to H2, PostgreSQL or MariaDB/MySQL
     */
    public static SampleLoadReport loadFromCsv(Connection connection, Path dataDir) throws SQLException, IOException {
        SampleRows rows = DataFiles.read(dataDir);
        return write(connection, () -> rows, SampleLoadReport.Source.DATA_FILES);
    }

    /** Whether SalesLT.Customer exists there and has rows. */
    public static boolean isLoaded(Connection connection) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + SalesLt.CUSTOMER.qualifiedName())) {
            boolean loaded = rs.next() && rs.getLong(1) > 0;
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return loaded;
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            // 42…: no such table (or MariaDB database); 3F000 PostgreSQL's and 90079 H2's unknown schema.
            if (state.startsWith("42") || state.equals("3F000") || state.equals("90079")) {
                return false;
            }
            throw e;
        }
    }

    /** Whether the URL names the embedded in-memory sample ({@code jdbc:h2:mem:saleslt}, any settings). */
    public static boolean isEmbedded(String jdbcUrl) {
        String url = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        return url.equals("jdbc:h2:mem:saleslt") || url.startsWith("jdbc:h2:mem:saleslt;");
    }

    /**
     * When {@code jdbcUrl} is the embedded sample, loads the generated rows into it unless they are
     * there already, and returns true; returns false (doing nothing) for any other URL. Pass the
     * credentials the application connects with: H2 keeps the first connection's user.
     *
     * <p>The first connection opens the in-memory database with {@code DATABASE_TO_UPPER=FALSE;
     * CASE_INSENSITIVE_IDENTIFIERS=TRUE} (unless the URL says otherwise), so metadata shows the
     * real CamelCase names while tables and columns match in any case; the schema is written
     * {@code SalesLT}. Opened first by someone else, H2 keeps that connection's settings.
     *
     * @throws IllegalStateException when the sample cannot be written there
     */
    public static boolean ensureEmbeddedLoaded(String jdbcUrl, String user, String password) {
        if (!isEmbedded(jdbcUrl)) {
            return false;
        }
        if (embeddedLoaded) {
            return true;
        }
        synchronized (JVM_LOCK) {
            if (!embeddedLoaded) {
                // Generating while H2 starts up saves a few hundred milliseconds on a cold JVM.
                Supplier<SampleRows> rows = generateAsync();
                try (Connection connection = DriverManager.getConnection(embeddedUrl(jdbcUrl), user, password)) {
                    if (!isLoaded(connection)) {
                        write(connection, rows, SampleLoadReport.Source.GENERATED);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(
                            "could not load the embedded SalesLT sample into " + jdbcUrl + ": " + e.getMessage(), e);
                }
                embeddedLoaded = true;
            }
        }
        return true;
    }

    /** The embedded URL with the settings the sample wants, where it does not set them itself. */
    static String embeddedUrl(String jdbcUrl) {
        String url = jdbcUrl.trim();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.contains("db_close_delay")) {
            url += ";DB_CLOSE_DELAY=-1";
        }
        if (!lower.contains("database_to_upper")) {
            url += ";DATABASE_TO_UPPER=FALSE";
        }
        if (!lower.contains("case_insensitive_identifiers")) {
            url += ";CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        }
        return url;
    }

    /** Starts the generator on another thread, so it overlaps connecting and DDL; get() waits for it. */
    private static Supplier<SampleRows> generateAsync() {
        CompletableFuture<SampleRows> rows = CompletableFuture.supplyAsync(SampleGenerator::generate);
        return () -> {
            try {
                return rows.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }

    private static SampleLoadReport write(Connection connection, Supplier<SampleRows> source,
            SampleLoadReport.Source kind) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        Flavour flavour = Flavour.of(product);
        long start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        SampleRows rows;
        try {
            if (flavour == Flavour.H2) {
                synchronized (JVM_LOCK) {
                    rows = writeLocked(connection, flavour, source);
                }
            } else {
                lock(connection, flavour);
                try {
                    rows = writeLocked(connection, flavour, source);
                } finally {
                    unlock(connection, flavour);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new SampleLoadReport(product, kind, rows.counts(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static SampleRows writeLocked(Connection connection, Flavour flavour, Supplier<SampleRows> source)
            throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : Ddl.recreate(flavour)) {
                statement.execute(sql);
            }
        }
        SampleRows rows = source.get();
        connection.setAutoCommit(false);
        try {
            RowWriter.insert(connection, flavour, rows);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        RowWriter.restartIdentities(connection, flavour, rows);
        return rows;
    }

    private static void lock(Connection connection, Flavour flavour) throws SQLException {
        connection.setAutoCommit(true);
        String sql = flavour == Flavour.MYSQL
                ? "SELECT GET_LOCK('" + LOCK_NAME + "', " + LOCK_WAIT_SECONDS + ")"
                : "SELECT pg_advisory_lock(hashtext('" + LOCK_NAME + "')), 1";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int column = flavour == Flavour.MYSQL ? 1 : 2;
            if (!rs.next() || rs.getInt(column) != 1) {
                throw new SQLException("another SalesLT load held the lock " + LOCK_NAME + " for more than "
                        + LOCK_WAIT_SECONDS + " s");
            }
        }
    }

    private static void unlock(Connection connection, Flavour flavour) throws SQLException {
        connection.setAutoCommit(true);
        String sql = flavour == Flavour.MYSQL
                ? "SELECT RELEASE_LOCK('" + LOCK_NAME + "')"
                : "SELECT pg_advisory_unlock(hashtext('" + LOCK_NAME + "'))";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
