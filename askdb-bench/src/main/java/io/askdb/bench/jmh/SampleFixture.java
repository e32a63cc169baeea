package io.askdb.bench.jmh;

import io.askdb.bench.EmbeddedSalesLt;
import io.askdb.config.AskDbConfig;
import io.askdb.config.DatabaseSettings;
import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** The embedded SalesLT sample, loaded once per JVM, and its catalog. */
final class SampleFixture {

    static final String URL = EmbeddedSalesLt.URL;
    static final Dialect DIALECT = Dialect.fromJdbcUrl(URL);
    static final List<String> DENY_COLUMNS = DatabaseSettings.DEFAULT_DENY_COLUMNS;


    private SampleFixture() {}

    /** askdb's default configuration, on the loaded sample. */
    static AskDbConfig config() {
        EmbeddedSalesLt.load();
        AskDbConfig defaults = AskDbConfig.defaults();
        return defaults.withDatabase(defaults.database().withUrl(URL));
    }

    static SchemaCatalog catalog() {
        EmbeddedSalesLt.load();
        try (Connection connection = DriverManager.getConnection(URL, "", "")) {
            return new CatalogLoader().load(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sample's catalog: " + e.getMessage(), e);
        }
    }
}
