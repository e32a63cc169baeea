package io.askdb.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.ExternalServices;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dry runs on real PostgreSQL and MariaDB: the model's SQL comes back with the database's own plan
 * and estimates, and the tables it names are the same, row for row, before and after.
 */
class DryRunIT {

    private static final String SQL = "SELECT c.name, SUM(o.total) AS spent FROM i18_dry_customer c "
            + "JOIN i18_dry_orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY spent DESC";

    private final OpenAiStubServer stub = OpenAiStubServer.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void should_show_postgresqls_plan_and_estimates_and_change_nothing() throws Exception {
        ExternalServices.requirePostgres();
        check(ExternalServices.POSTGRES_URL, "postgres", "PostgreSQL", true);
    }

    @Test
    void should_show_mariadbs_plan_and_estimates_and_change_nothing() throws Exception {
        ExternalServices.requireMariaDb();
        check(ExternalServices.MARIADB_URL, "root", "MySQL/MariaDB", false);
    }

    private void check(String url, String user, String product, boolean hasCost) throws Exception {
        createTables(url, user);
        Map<String, String> before = TableFingerprint.of(url, user, "i18_dry_customer", "i18_dry_orders");
        stub.otherwise(request -> Reply.chat("```sql\n" + SQL + "\n```", 300, 20));
        AskDbConfig config = AskDbConfig.fromMap(Map.of("DATABASE_URL", url, "DATABASE_USER", user,
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "k",
                "FAST_PATH_CONFIDENCE", "1.01"));
        try (AskDb askdb = AskDb.builder().config(config).build()) {
            QueryResponse r = askdb.ask(QueryRequest.of("which customers spent the most").withDryRun(true));

            assertThat(r.success()).as("%s", r.error()).isTrue();
            assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
            assertThat(r.dryRun()).isTrue();
            assertThat(r.rows()).isNull();
            assertThat(r.sql()).containsIgnoringCase("i18_dry_orders");
            assertThat(r.plan()).containsEntry("database", product).containsEntry("command", "EXPLAIN");
            assertThat((List<?>) r.plan().get("tables")).hasSize(2);
            assertThat((List<?>) r.plan().get("columns")).hasSize(4);
            assertThat((List<?>) r.plan().get("lines")).isNotEmpty();
            assertThat(r.plan().get("estimatedRows")).isInstanceOf(Double.class);
            if (hasCost) {
                assertThat((Double) r.plan().get("estimatedCost")).isPositive();
            }

            QueryResponse real = askdb.ask(QueryRequest.of("which customers spent the most"));
            assertThat(real.tier()).as("a dry run is never cached").isEqualTo(TierName.ORCHESTRATION);
            assertThat(real.rows()).first().isEqualTo(List.of("Ana", new java.math.BigDecimal("30.5")));
        }
        assertThat(TableFingerprint.of(url, user, "i18_dry_customer", "i18_dry_orders")).isEqualTo(before);
    }

    private static void createTables(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS i18_dry_orders");
            s.execute("DROP TABLE IF EXISTS i18_dry_customer");
            s.execute("CREATE TABLE i18_dry_customer (id INT PRIMARY KEY, name VARCHAR(50), country VARCHAR(30))");
            s.execute("CREATE TABLE i18_dry_orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2))");
            s.execute("INSERT INTO i18_dry_customer VALUES (1, 'Ana', 'France'), (2, 'Ben', 'France'), (3, 'Carla', 'Spain')");
            s.execute("INSERT INTO i18_dry_orders VALUES (1, 1, 10.50), (2, 1, 20.00), (3, 2, 5.25), (4, 3, 15.00)");
        }
    }
}
