package io.askdb.sql;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.util.DriverDataSource;
import io.askdb.config.DatabaseSettings;
import io.askdb.api.AskDbException;
import io.askdb.api.Deadline;
import io.askdb.api.ErrorCode;
import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database askdb answers on: its read-only connection pool, its schema catalog (reloaded after
 * the schema TTL) and the guard and executor built on them.
 *
 * <p>Every connection comes through the database's {@link DatabaseBreaker}: while the database is
 * down its questions are refused in a millisecond, and the pool finds it again within a second of
 * its return. A catalog that cannot be reloaded (database down after the schema TTL) is kept and
 * served until a reload succeeds, so cached answers keep flowing.
 *
 * <p>Concurrency: the pool and the breaker are thread-safe; the catalog lives in a one-entry
 * Caffeine cache, so concurrent readers share one load and always see a complete, immutable
 * catalog. The guard is rebuilt with each new catalog and published with it; {@code lastSnapshot}
 * is a volatile copy of the newest one.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String CATALOG_KEY = "catalog";

    private final String name;
    private final String url;
    private final Dialect dialect;
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final LoadingCache<String, Snapshot> snapshot;
    private final SqlExecutor executor;
    private final QueryPlanner planner;
    private final DatabaseBreaker breaker;
    private volatile Snapshot lastSnapshot;
    private final AtomicBoolean reloading = new AtomicBoolean();

    /** A catalog and the guard that checks SQL against it, published together. */
    public record Snapshot(SchemaCatalog catalog, SqlGuard guard) {}

    /**
     * @param name how users choose this database (for example "default")
     * @param initializer runs before the pool opens (loads the embedded sample), or null
     */
    public Database(String name, DatabaseSettings settings, Duration schemaTtl, Ticker ticker,
            Consumer<DatabaseSettings> initializer) {
        this(name, settings, schemaTtl, ticker, initializer, null);
    }

    /**
     * @param source connections of an application's own pool to answer on instead of the settings'
     *     URL (Spring's {@code DataSource}): askdb's pool then borrows from it, sets each connection
     *     read-only, and runs no initializer
     */
    public Database(String name, DatabaseSettings settings, Duration schemaTtl, Ticker ticker,
            Consumer<DatabaseSettings> initializer, DataSource source) {
        this.name = name;
        this.settings = settings;
        this.url = source == null ? settings.effectiveUrl() : urlOf(source);
        // CSV, Parquet and JSON files (or a folder of them) are answered on through DuckDB.
        FileSource files = source == null && FileSource.accepts(url) ? FileSource.open(url) : null;
        String jdbcUrl = files != null ? files.jdbcUrl() : url;
        this.dialect = Dialect.fromJdbcUrl(jdbcUrl);
        if (initializer != null && source == null) {
            initializer.accept(settings);
        }
        HikariConfig config = poolConfig(name, settings);
        DataSource connections = source != null ? source
                : new DriverDataSource(jdbcUrl, null, driverProperties(dialect, files),
                        settings.user().orElse(null), settings.password().orElse(null));
        this.breaker = new DatabaseBreaker(name, settings.connectTimeout(), connections, ProbeScheduler.SHARED);
        config.setDataSource(new ObservedDataSource(connections, breaker));
        this.pool = new HikariDataSource(config);
        this.executor = new SqlExecutor(new ConnectionSource() {
            @Override
            public Connection connect() throws SQLException {
                return connection();
            }

            @Override
            public void lost(long nanos, SQLException e) {
                if (!(e instanceof SQLTransientConnectionException)) { // a wait that ran out is counted already
                    breaker.failed(nanos, e);
                }
            }
        }, settings.statementTimeout(), settings.maxRows());
        this.planner = new QueryPlanner(pool, dialect, settings.statementTimeout());
        this.snapshot = Caffeine.newBuilder()
                .expireAfterWrite(schemaTtl.isZero() ? Duration.ofNanos(1) : schemaTtl)
                .ticker(ticker)
                .maximumSize(1)
                .recordStats()
                .build(key -> loadSnapshot());
    }

    /** The pool opens its connections through the breaker's data source, so it sees every attempt. */
    private static HikariConfig poolConfig(String name, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("askdb-" + name);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        // Start even when the database is down; every request then reports it, and the pool
        // reconnects by itself when the database returns.
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        return config;
    }

    private static Properties driverProperties(Dialect dialect, FileSource files) {
        Properties properties = new Properties();
        if (dialect == Dialect.SQLITE) {
            // SQLite fixes read-only when the file opens and refuses to change it on the connection.
            properties.setProperty("open_mode", "1");
        }
        if (dialect == Dialect.DUCKDB) {
            // DuckDB fixes read-only when the database opens and refuses to change it on the connection.
            properties.setProperty("duckdb.read_only", "true");
        }
        if (files != null) {
            files.properties().forEach((key, value) -> properties.setProperty((String) key, String.valueOf(value)));
        }
        return properties;
    }

    /** The pool's configured URL when it has one (it keeps settings such as H2's MODE), else the driver's. */
    private static String urlOf(DataSource source) {
        if (source instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return hikari.getJdbcUrl();
        }
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new AskDbException(ErrorCode.DATABASE_UNAVAILABLE, true,
                    "could not open a connection of the application's DataSource: " + e.getMessage(), e);
        }
    }

    /**
     * A pooled connection through the breaker, waited for no longer than the connect timeout or the
     * current request's {@link Deadline}; at once an {@link AskDbException}
     * ({@code DATABASE_UNAVAILABLE}) while the database is known to be down.
     */
    public Connection connection() throws SQLException {
        return connection(Deadline.current().cap(settings.connectTimeout()));
    }

    /**
     * As {@link #connection()}, waiting at most {@code maxWait} (a request's remaining time) for a
     * connection when the pool has none free.
     */
    public Connection connection(Duration maxWait) throws SQLException {
        return breaker.connect(() -> (HikariPool) pool.getHikariPoolMXBean(), maxWait, this::poolState);
    }

    /** The circuit breaker's state as a number that grows with trouble: 0 closed, 1 half-open, 2 open. */
    public int circuitState() {
        return switch (breaker.state()) {
            case HALF_OPEN -> 1;
            case OPEN, FORCED_OPEN -> 2;
            default -> 0;
        };
    }

    /** Refuses at once, as {@link #connection()} would, while the database is known to be down. */
    public void ensureReachable() {
        breaker.ensureClosed(this::poolState);
    }

    private Snapshot loadSnapshot() {
        try (Connection connection = connection()) {
            SchemaCatalog catalog = new CatalogLoader().load(connection);
            Snapshot last = lastSnapshot;
            if (last != null && last.catalog().sameSchemaAs(catalog)) {
                // Unchanged: keep the snapshot, so what was built on its catalog (the offline answerer) is kept too.
                return last;
            }
            // The cap is one row above the bound, so the executor can tell a cut answer ("truncated") from a whole one.
            SqlGuard guard = new SqlGuard(catalog, dialect, quoteReading(connection), settings.denyColumns(),
                    settings.maxRows() + 1, settings.maxRows(), false);
            Snapshot loaded = new Snapshot(catalog, guard);
            lastSnapshot = loaded;
            return loaded;
        } catch (SQLException e) {
            throw new AskDbException(ErrorCode.DATABASE_UNAVAILABLE, true,
                    "could not read the schema of database '" + name + "' (" + redact(url) + "): "
                            + e.getMessage() + poolState(), e);
        }
    }

    /** How this server reads {@code "abc"}: on MySQL and MariaDB its sql_mode decides (ANSI_QUOTES). */
    private QuoteReading quoteReading(Connection connection) throws SQLException {
        if (dialect != Dialect.MYSQL) {
            return QuoteReading.of(dialect);
        }
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
            return QuoteReading.ofMysqlSqlMode(rows.next() ? rows.getString(1) : "");
        }
    }

    /**
     * The current catalog and guard; loads them on first use and after the schema TTL. When a reload
     * fails because the database is unavailable, the last catalog read stays in use.
     */
    public Snapshot snapshot() {
        try {
            return snapshot.get(CATALOG_KEY);
        } catch (AskDbException e) {
            return staleOr(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof AskDbException cause) {
                return staleOr(cause);
            }
            throw e;
        }
    }

    private Snapshot staleOr(AskDbException e) {
        Snapshot stale = lastSnapshot;
        if (stale != null && e.code() == ErrorCode.DATABASE_UNAVAILABLE) {
            return stale;
        }
        throw e;
    }

    public SchemaCatalog catalog() {
        return snapshot().catalog();
    }

    /** Forgets the catalog so the next request reads the schema again. */
    public void refreshCatalog() {
        snapshot.invalidateAll();
    }

    /**
     * Reads the schema again on a background thread while requests keep the current catalog (after
     * a cache outage, when a schema change may have been missed): no request waits for the read.
     * A database that cannot be read keeps its catalog.
     */
    public void reloadCatalogInBackground() {
        if (!reloading.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                snapshot.put(CATALOG_KEY, loadSnapshot());
            } catch (RuntimeException e) {
                LOG.debug("kept the catalog of database '{}': {}", name, e.toString());
            } finally {
                reloading.set(false);
            }
        });
    }

    /** The deny-list as lower-case {@code schema.table.column} names. */
    public java.util.Set<String> deniedColumns() {
        return settings.denyColumns().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The catalog if it is loaded and fresh; never loads it and counts no hit (for statistics). */
    public java.util.Optional<SchemaCatalog> loadedCatalog() {
        return java.util.Optional.ofNullable(snapshot.policy().getIfPresentQuietly(CATALOG_KEY)).map(Snapshot::catalog);
    }

    /** Hits, misses and evictions of the catalog cache (cache level 4). */
    public com.github.benmanes.caffeine.cache.stats.CacheStats catalogCacheStats() {
        return snapshot.stats();
    }

    /** {@code schema.table.column} names never read or returned; part of every cache key. */
    public java.util.List<String> denyColumns() {
        return settings.denyColumns();
    }


    public SqlExecutor executor() {
        return executor;
    }

    /** Tells how the database would run a guarded statement, without running it (dry runs). */
    public QueryPlanner planner() {
        return planner;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String name() {
        return name;
    }

    /** The URL without credentials, safe for logs and responses. */
    public String displayUrl() {
        return redact(url);
    }

    /** An identity for cache keys: two servers pointing at the same database share answers. */
    public String identity() {
        return redact(url).toLowerCase(Locale.ROOT) + "|" + settings.user().orElse("");
    }

    /** A short description of the pool for error messages. */
    public String poolState() {
        var mx = pool.getHikariPoolMXBean();
        if (mx == null) {
            return "";
        }
        return " (pool " + pool.getPoolName() + ": active=" + mx.getActiveConnections() + ", idle="
                + mx.getIdleConnections() + ", waiting=" + mx.getThreadsAwaitingConnection() + ")";
    }

    public HikariDataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}
