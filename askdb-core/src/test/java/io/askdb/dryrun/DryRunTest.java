package io.askdb.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.H2Databases;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dry runs on H2: every tier's SQL is guarded and planned by the database, never run, never cached. */
class DryRunTest {

    private final String url = H2Databases.shop();
    private final OpenAiStubServer stub = OpenAiStubServer.start();
    private final AskDb askdb = open();

    private AskDb open() {
        Map<String, String> env = new HashMap<>(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "ASKDB_LLM_MAX_RETRIES", "0"));
        return H2Databases.askDb(AskDbConfig.fromMap(env), url);
    }

    @AfterEach
    void stop() {
        askdb.close();
        stub.close();
    }

    private QueryResponse dryRun(String question) {
        return askdb.ask(QueryRequest.of(question).withDryRun(true));
    }

    @Test
    void should_show_the_fast_paths_sql_and_the_h2_plan_without_rows() throws Exception {
        Map<String, String> before = TableFingerprint.of(url, "", "customer", "orders");

        QueryResponse r = dryRun("How many customers are there?");

        assertThat(r.success()).isTrue();
        assertThat(r.dryRun()).isTrue();
        assertThat(r.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(r.sql()).containsIgnoringCase("COUNT(*)").containsIgnoringCase("customer");
        assertThat(r.rows()).isNull();
        assertThat(r.plan()).containsEntry("command", "EXPLAIN").containsEntry("tables", List.of("PUBLIC.CUSTOMER"));
        assertThat((List<?>) r.plan().get("lines")).anySatisfy(line -> assertThat(line.toString()).contains("CUSTOMER"));
        assertThat(r.attempts()).hasSize(1);
        assertThat(stub.requestCount()).isZero();
        assertThat(TableFingerprint.of(url, "", "customer", "orders")).isEqualTo(before);
    }

    @Test
    void should_show_sqlites_query_plan(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String sqlite = "jdbc:sqlite:" + dir.resolve("shop.sqlite");
        try (var c = java.sql.DriverManager.getConnection(sqlite); var s = c.createStatement()) {
            s.execute("CREATE TABLE singer (id INTEGER PRIMARY KEY, name TEXT, country TEXT)");
            s.execute("INSERT INTO singer VALUES (1, 'Ana', 'France'), (2, 'Ben', 'Spain')");
        }
        Map<String, String> before = TableFingerprint.of(sqlite, "", "singer");
        try (AskDb onSqlite = H2Databases.askDb(AskDbConfig.defaults(), sqlite)) {
            QueryResponse r = onSqlite.ask(QueryRequest.of("How many singers are there?").withDryRun(true));

            assertThat(r.success()).as("%s", r.error()).isTrue();
            assertThat(r.rows()).isNull();
            assertThat(r.plan()).containsEntry("database", "SQLite").containsEntry("command", "EXPLAIN QUERY PLAN");
            assertThat((List<?>) r.plan().get("lines")).anySatisfy(l -> assertThat(l.toString()).contains("singer"));
        }
        assertThat(TableFingerprint.of(sqlite, "", "singer")).isEqualTo(before);
    }

    @Test
    void should_say_it_ran_nothing_when_a_dry_run_finds_no_sql() {
        stub.otherwise(request -> Reply.status(500));

        QueryResponse r = askdb.ask(QueryRequest.of("What is the meaning of life?").withDryRun(true).withOffline(true));

        assertThat(r.success()).isFalse();
        assertThat(r.dryRun()).isTrue();
        assertThat(r.rows()).isNull();
        assertThat(r.plan()).isNull();
    }

    @Test
    void should_never_store_a_dry_run_as_an_answer() {
        dryRun("How many customers are there?");
        dryRun("How many customers are there?");

        QueryResponse real = askdb.ask(QueryRequest.of("How many customers are there?"));

        assertThat(real.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(real.dryRun()).isFalse();
        assertThat(real.rows()).containsExactly(List.of(3L));
        assertThat(askdb.cache().stats().levels().get("results").entries()).isEqualTo(1);
    }

    @Test
    void should_plan_the_stored_sql_of_a_cached_question_and_leave_its_rows_out() {
        askdb.ask(QueryRequest.of("How many customers are there?"));

        QueryResponse r = dryRun("How many customers are there?");

        assertThat(r.tier()).isEqualTo(TierName.CACHE);
        assertThat(r.rows()).isNull();
        assertThat(r.plan()).containsEntry("tables", List.of("PUBLIC.CUSTOMER"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_plan_the_llms_sql_and_name_the_columns_it_reads() {
        stub.otherwise(request -> Reply.chat("```sql\nSELECT c.name, SUM(o.total) AS spent FROM customer c "
                + "JOIN orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY spent DESC\n```", 300, 20));

        QueryResponse r = dryRun("which customers spent the most, with the amount, ranked by their spending");

        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(r.rows()).isNull();
        assertThat(r.plan().get("tables")).isEqualTo(List.of("PUBLIC.CUSTOMER", "PUBLIC.ORDERS"));
        assertThat((List<Object>) r.plan().get("columns")).containsExactlyInAnyOrder(
                "PUBLIC.CUSTOMER.NAME", "PUBLIC.ORDERS.TOTAL", "PUBLIC.ORDERS.CUSTOMER_ID", "PUBLIC.CUSTOMER.ID");
    }

    @Test
    void should_let_the_llm_correct_sql_the_database_cannot_plan() {
        // H2 plans SUM over text as an error, as running it would: the model sees it and corrects itself.
        stub.enqueue(Reply.chat("```sql\nSELECT SUM(name) FROM customer WHERE country = 'France'\n```", 300, 20),
                Reply.chat("```sql\nSELECT COUNT(name) FROM customer WHERE country = 'France'\n```", 300, 20));

        QueryResponse r = dryRun("which customers live in the country that makes wine, by name, for the tour planner");

        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(r.attempts()).hasSize(2);
        assertThat(r.attempts().get(0).error()).isNotBlank();
        assertThat(r.attempts().get(0).error()).containsIgnoringCase("SUM");
        assertThat(r.sql()).containsIgnoringCase("COUNT(name)");
        assertThat(r.rows()).isNull();
    }
}
