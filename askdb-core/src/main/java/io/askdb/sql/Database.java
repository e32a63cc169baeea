package io.askdb.sql;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.askdb.config.DatabaseSettings;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One database askdb answers on: its read-only connection pool, its schema catalog (reloaded after
 * the schema TTL) and the guard and executor built on them.
 *
 * <p>Concurrency: the pool is thread-safe; the catalog lives in a one-entry Caffeine cache, so
 * concurrent readers share one load and always see a complete, immutable catalog. The guard is
 * rebuilt with each new catalog and published with it.
 */
public final class Database implements AutoCloseable {

    private final String name;
    private final String url;
    private final Dialect dialect;
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final LoadingCache<String, Snapshot> snapshot;
    private final SqlExecutor executor;

    /** A catalog and the guard that checks SQL against it, published together. */
    public record Snapshot(SchemaCatalog catalog, SqlGuard guard) {}

    /**
     * @param name how users choose this database (for example "default")
     * @param initializer runs before the pool opens (loads the embedded sample), or null
     */
    public Database(String name, DatabaseSettings settings, Duration schemaTtl, Ticker ticker,
            Consumer<DatabaseSettings> initializer) {
        this.name = name;
        this.settings = settings;
        this.url = settings.effectiveUrl();
        this.dialect = Dialect.fromJdbcUrl(url);
        if (initializer != null) {
            initializer.accept(settings);
        }
        this.pool = new HikariDataSource(poolConfig(name, url, settings, dialect));
        this.executor = new SqlExecutor(pool, settings.statementTimeout(), settings.maxRows());
        this.snapshot = Caffeine.newBuilder()
                .expireAfterWrite(schemaTtl.isZero() ? Duration.ofNanos(1) : schemaTtl)
                .ticker(ticker)
                .maximumSize(1)
                .recordStats()
                .build(key -> loadSnapshot());
    }

    private static HikariConfig poolConfig(String name, String url, DatabaseSettings settings, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("askdb-" + name);
        config.setJdbcUrl(url);
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        // Start even when the database is down; every request then reports it, and the pool
        // reconnects by itself when the database returns.
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        if (dialect == Dialect.SQLITE) {
            // SQLite fixes read-only when the file opens and refuses to change it on the connection.
            config.addDataSourceProperty("open_mode", "1");
        }
        return config;
    }

    private Snapshot loadSnapshot() {
        try (Connection connection = pool.getConnection()) {
            SchemaCatalog catalog = new CatalogLoader().load(connection);
            // The cap is one row above the bound, so the executor can tell a cut answer ("truncated") from a whole one.
            SqlGuard guard = new SqlGuard(catalog, dialect, quoteReading(connection), settings.denyColumns(),
                    settings.maxRows() + 1, false);
            return new Snapshot(catalog, guard);
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

    /** The current catalog and guard; loads them on first use and after the schema TTL. */
    public Snapshot snapshot() {
        try {
            return snapshot.get("catalog");
        } catch (AskDbException e) {
            throw e;
        } catch (RuntimeException e) {
            throw e.getCause() instanceof AskDbException cause ? cause : e;
        }
    }

    public SchemaCatalog catalog() {
        return snapshot().catalog();
    }

    /** Forgets the catalog so the next request reads the schema again. */
    public void refreshCatalog() {
        snapshot.invalidateAll();
    }

    /** The deny-list as lower-case {@code schema.table.column} names. */
    public java.util.Set<String> deniedColumns() {
        return settings.denyColumns().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The catalog if it is loaded and fresh; never loads it and counts no hit (for statistics). */
    public java.util.Optional<SchemaCatalog> loadedCatalog() {
        return java.util.Optional.ofNullable(snapshot.policy().getIfPresentQuietly("catalog")).map(Snapshot::catalog);
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
