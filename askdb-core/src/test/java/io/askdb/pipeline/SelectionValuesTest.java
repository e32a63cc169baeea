package io.askdb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.DatabaseSettings;
import io.askdb.offline.ValueIndex;
import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.SchemaSelector;
import io.askdb.schema.linking.ValueLookup;
import io.askdb.sql.Database;
import io.askdb.sql.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifteen shops in one H2 database, each with its own customers and orders tables: only the question's
 * values tell them apart, as in a schema merged from many databases.
 */
class SelectionValuesTest {

    private static final int SHOPS = 15;
    private static final List<String> STATES = List.of("Texas", "Ohio", "Utah", "Iowa", "Maine");

    private final String url = "jdbc:h2:mem:selection-values-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection connection;
    private SchemaCatalog catalog;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement()) {
            for (int shop = 0; shop < SHOPS; shop++) {
                st.execute("CREATE TABLE shop" + shop + "_customers (id INT PRIMARY KEY, name VARCHAR(40), "
                        + "state VARCHAR(20))");
                st.execute("CREATE TABLE shop" + shop + "_orders (id INT PRIMARY KEY, customer_id INT REFERENCES shop"
                        + shop + "_customers (id), total DECIMAL(10, 2))");
                // Every shop has customers in Texas; only shop 7 has one in California, only shop 3 one named
                // Roberto Almeida.
                st.execute("INSERT INTO shop" + shop + "_customers VALUES (1, 'Ann Lee', 'Texas'), (2, '"
                        + (shop == 3 ? "Roberto Almeida" : "Bo Chan") + "', '"
                        + (shop == 7 ? "California" : STATES.get(shop % STATES.size())) + "')");
            }
        }
        catalog = new CatalogLoader().load(connection);
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN");
        }
        connection.close();
    }

    @Test
    void should_select_the_one_customers_table_that_holds_the_value_the_question_names() {
        ValueIndex values = ValueIndex.build(connection, catalog, Dialect.H2, ValueIndex.Limits.UNTIMED);
        String question = "How many customers are from California?";

        SchemaSelector.Selection byNames = SchemaSelector.choose(catalog, question);
        SchemaSelector.Selection byValues = SchemaSelector.choose(catalog, question, values);

        assertThat(values.complete()).isTrue();
        assertThat(name(byNames.detailed().get(0))).isNotEqualTo("shop7_customers");
        assertThat(name(byValues.detailed().get(0))).isEqualTo("shop7_customers");
        assertThat(name(SchemaSelector.choose(catalog, "What did Roberto Almeida order?", values).detailed().get(0)))
                .isEqualTo("shop3_customers");
        assertThat(name(SchemaSelector.choose(catalog, "Which customers have \"Almeida\" in their name?", values)
                .detailed().get(0))).isEqualTo("shop3_customers");
    }

    @Test
    void should_not_prefer_any_table_for_a_value_that_every_table_holds() {
        ValueIndex values = ValueIndex.build(connection, catalog, Dialect.H2, ValueIndex.Limits.UNTIMED);
        String question = "How many customers are from Texas?";

        assertThat(SchemaSelector.choose(catalog, question, values).detailed())
                .isEqualTo(SchemaSelector.choose(catalog, question).detailed());
    }

    @Test
    void should_read_a_large_schemas_values_in_the_background_and_offer_them_once_ready() {
        DatabaseSettings settings = new DatabaseSettings(Optional.of(url), Optional.empty(), Optional.empty(),
                List.of(), 100, Duration.ofSeconds(10), 2, Duration.ofSeconds(5));
        try (SelectionValues selection = new SelectionValues();
                Database database = new Database("shops", settings, Duration.ofHours(1), Ticker.systemTicker(), null)) {
            SchemaCatalog loaded = database.snapshot().catalog();
            assertThat(selection.ready(loaded)).isSameAs(ValueLookup.NONE);

            // An incomplete offline index (here: none) is not reused; the background reading has no time limit.
            selection.start(database, loaded, ValueIndex.empty());

            assertThat(selection.await(loaded, Duration.ofSeconds(30))).isTrue();
            assertThat(selection.ready(loaded).lookup("california")).extracting(h -> name(h.table()))
                    .containsExactly("shop7_customers");
        }
    }

    private static String name(TableInfo table) {
        return table.name().toLowerCase(Locale.ROOT);
    }
}
