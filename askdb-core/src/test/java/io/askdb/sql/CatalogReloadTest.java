package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a database's schema again: an unchanged schema keeps its snapshot, a background reload keeps serving. */
class CatalogReloadTest {

    private final String url = "jdbc:h2:mem:catalog_reload_" + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1";
    private Database database;

    @BeforeEach
    void open() throws SQLException {
        execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))");
        DatabaseSettings settings = new DatabaseSettings(Optional.of(url), Optional.empty(), Optional.empty(),
                List.of(), 100, Duration.ofSeconds(10), 2, Duration.ofSeconds(5));
        database = new Database("catalog-reload", settings, Duration.ofHours(1), Ticker.systemTicker(), null);
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
        execute("SHUTDOWN");
    }

    @Test
    void should_keep_the_same_snapshot_when_the_schema_read_again_is_unchanged() throws SQLException {
        Database.Snapshot first = database.snapshot();

        database.refreshCatalog();
        assertThat(database.snapshot()).isSameAs(first);

        execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT)");
        database.refreshCatalog();
        Database.Snapshot changed = database.snapshot();
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.catalog().table("orders")).isPresent();
    }

    @Test
    void should_keep_serving_the_current_catalog_while_it_is_read_again_in_the_background() throws SQLException {
        Database.Snapshot first = database.snapshot();
        execute("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT)");

        database.reloadCatalogInBackground();

        // Never forgotten meanwhile: a request finds a catalog without reading the schema itself.
        assertThat(database.loadedCatalog()).isPresent();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (database.snapshot() == first && System.nanoTime() < giveUp) {
            assertThat(database.loadedCatalog()).isPresent();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(database.snapshot().catalog().table("orders")).isPresent();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
