package io.askdb.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.config.AskDbConfig;
import io.askdb.sql.SqlRejectedException;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV and Parquet files written here, answered offline through DuckDB, and nothing else readable. */
class DataFilesTest {

    @TempDir
    static Path dir;

    private static Path folder() throws Exception {
        Path data = dir.resolve("shop");
        if (Files.isDirectory(data)) {
            return data;
        }
        Files.createDirectories(data);
        Files.writeString(data.resolve("products.csv"), """
                id,name,color,price
                1,Road Bike,red,1200
                2,Helmet,black,45
                3,Lock,red,25
                4,Light,blue,15
                """);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES (1, 'Ana', 'France', 120.5), (2, 'Luc', 'France', 80.0), "
                    + "(3, 'Eva', 'Spain', 15.25)) AS t(id, customer, country, total)) TO '"
                    + data.resolve("orders.parquet") + "' (FORMAT parquet)");
        }
        Files.writeString(dir.resolve("secret.csv"), "password\nhunter2\n");
        return data;
    }

    private static AskDb open(Path location, Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("DATABASE_URL", location.toString());
        return AskDb.builder().config(AskDbConfig.fromMap(env)).embedStoredQuestions(false).build();
    }

    @Test
    void should_answer_a_csv_file_offline() throws Exception {
        try (AskDb askdb = open(folder().resolve("products.csv"), Map.of())) {
            QueryResponse r = askdb.ask(QueryRequest.of("how many products are red?").withOffline(true));

            assertThat(r.success()).as("%s", r.error()).isTrue();
            assertThat(r.tier()).isIn(TierName.FAST_PATH, TierName.AIRPLANE);
            assertThat(r.rows()).containsExactly(List.of(2L));
            assertThat(askdb.schema("default").tables()).extracting(t -> t.name()).containsExactly("products");
        }
    }

    @Test
    void should_answer_a_parquet_file_in_a_folder_offline_and_plan_it_in_a_dry_run() throws Exception {
        try (AskDb askdb = open(folder(), Map.of())) {
            QueryResponse r = askdb.ask(QueryRequest.of("how many orders are there?").withOffline(true));
            QueryResponse dry = askdb.ask(QueryRequest.of("list the customers of the orders in France").withOffline(true)
                    .withDryRun(true));

            assertThat(r.success()).as("%s", r.error()).isTrue();
            assertThat(r.rows()).containsExactly(List.of(3L));
            assertThat(askdb.schema("default").tables()).extracting(t -> t.name())
                    .containsExactlyInAnyOrder("orders", "products");
            assertThat(dry.rows()).isNull();
            assertThat(dry.plan()).containsEntry("database", "DuckDB");
            assertThat((List<?>) dry.plan().get("lines")).anySatisfy(l -> assertThat(l.toString()).containsIgnoringCase("parquet"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM read_csv_auto('SECRET')",
        "SELECT * FROM read_csv('SECRET')",
        "SELECT * FROM read_parquet('SECRET')",
        "SELECT * FROM read_text('SECRET')",
        "SELECT * FROM 'SECRET'",
        "SELECT * FROM \"SECRET\"",
        "SELECT * FROM glob('/etc/*')",
        "SELECT getenv('HOME')",
        "SELECT * FROM query('SELECT 1')",
        "SELECT * FROM duckdb_settings()",
        "SELECT * FROM products, read_json_auto('SECRET')",
        "COPY products TO 'SECRET'",
        "ATTACH 'SECRET' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "PRAGMA enable_profiling",
        "SET enable_external_access = true",
        "CREATE TABLE stolen AS SELECT * FROM read_csv_auto('SECRET')"
    })
    void should_refuse_sql_that_reads_another_file_or_leaves_the_registered_ones(String hostile) throws Exception {
        String sql = hostile.replace("SECRET", dir.resolve("secret.csv").toString());

        assertThatThrownBy(() -> shared().database("default").snapshot().guard().check(sql))
                .isInstanceOf(SqlRejectedException.class);
    }

    private static AskDb shared;

    private static synchronized AskDb shared() throws Exception {
        if (shared == null) {
            shared = open(folder(), Map.of());
        }
        return shared;
    }

    @org.junit.jupiter.api.AfterAll
    static void closeShared() {
        if (shared != null) {
            shared.close();
        }
    }

    @Test
    void should_keep_other_files_out_of_reach_even_for_sql_that_got_past_the_guard() throws Exception {
        try (AskDb askdb = open(folder(), Map.of());
                Connection c = askdb.database("default").dataSource().getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM read_csv_auto('" + dir.resolve("secret.csv") + "')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Permission");
        }
    }

    @Test
    void should_refuse_a_models_sql_that_reads_another_file() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start();
                AskDb askdb = open(folder(), Map.of("LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(),
                        "OPENAI_API_KEY", "k", "FAST_PATH_CONFIDENCE", "1.01", "ASKDB_MAX_CORRECTION_ATTEMPTS", "0"))) {
            stub.otherwise(request -> Reply.chat("```sql\nSELECT * FROM read_csv_auto('" + dir.resolve("secret.csv")
                    + "')\n```", 100, 10));

            QueryResponse r = askdb.ask(QueryRequest.of("which passwords are stored next to the shop files, by file"));

            assertThat(r.attempts()).isNotEmpty().allSatisfy(a -> assertThat(a.error()).isNotBlank());
            assertThat(String.valueOf(r.rows())).doesNotContain("hunter2");
        }
    }
}
