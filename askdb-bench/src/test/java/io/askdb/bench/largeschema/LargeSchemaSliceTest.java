package io.askdb.bench.largeschema;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.SharedData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slice of the large-schema benchmark (every 100th Spider train question, about 70) through the real
 * pipeline, LLM client and HTTP stub; the full run is {@code askdb-bench large-schema}.
 */
class LargeSchemaSliceTest {

    @TempDir
    Path dir;

    @Test
    void should_answer_a_slice_of_spider_on_one_merged_database_in_one_call_a_question() throws Exception {
        Path spider = SharedData.require("spider");
        LargeSchemaRun run = new LargeSchemaRun(new LargeSchemaRun.Options(spider, dir.resolve("merged.sqlite"), 100, 0,
                null, 1, 0), System.err);

        LargeSchemaReport report = run.run();

        assertThat(report.scored()).isGreaterThan(60);
        assertThat(report.rewriteFaults()).isZero();
        assertThat(report.rightShare()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.callsPerQuestion()).isLessThanOrEqualTo(1.1);
        assertThat(report.goldTablesInPromptShare()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.medianPromptTokens()).isBetween(300, 1600);
    }

    @Test
    void should_keep_keys_and_rows_and_rewrite_gold_to_the_merged_names(@TempDir Path other) throws Exception {
        Path spider = SharedData.require("spider");
        MergedSpider.Merged merged = MergedSpider.build(spider.resolve("db"), other.resolve("m.sqlite"));
        Map<String, String> tables = merged.tables().get("department_management");

        GoldRewriter.Rewritten gold = GoldRewriter.rewrite(
                "SELECT T1.name FROM head AS T1 JOIN management AS T2 ON T1.head_id = T2.head_id "
                        + "WHERE T2.temporary_acting = \"Yes\" AND head.age > 50", tables);

        assertThat(gold.parsed()).isTrue();
        assertThat(gold.tables()).containsExactlyInAnyOrder("department_management__head", "department_management__management");
        assertThat(gold.sql()).contains("FROM department_management__head AS T1")
                .contains("department_management__head.age").contains("\"Yes\"");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + merged.file());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'department_management__management'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("PRIMARY KEY (\"department_ID\", \"head_ID\")")
                    .contains("REFERENCES \"department_management__head\"");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + merged.file())) {
            assertThat(LargeSchemaRun.rows(c, "SELECT count(*) FROM department_management__head").get(0).get(0))
                    .isEqualTo(10);
        }
    }
}
