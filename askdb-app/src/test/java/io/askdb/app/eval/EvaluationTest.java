package io.askdb.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import io.askdb.config.AskDbConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @TempDir
    Path dir;

    private void singers(Path dbDir) throws Exception {
        Files.createDirectories(dbDir.resolve("concert"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbDir.resolve("concert/concert.sqlite"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            s.execute("INSERT INTO singer VALUES (1, 'Joe', 52), (2, 'Ann', 41), (3, 'Tim', 29)");
        }
    }

    @Test
    void should_write_one_scored_line_per_question_and_a_summary() throws Exception {
        Path dbDir = dir.resolve("db");
        singers(dbDir);
        Path input = dir.resolve("in.jsonl");
        Files.write(input, List.of(
                "{\"id\": 1, \"db_id\": \"concert\", \"question\": \"How many singers are there?\", \"gold\": \"SELECT count(*) FROM singer\", \"hardness\": \"easy\"}",
                "{\"id\": 2, \"db_id\": \"concert\", \"question\": \"How many singers are there?\", \"query\": \"SELECT count(*) FROM singer WHERE age > 40\", \"hardness\": \"easy\"}",
                "",
                "{\"id\": \"x3\", \"db_id\": \"missing\", \"question\": \"How many singers are there?\"}"));
        Path out = dir.resolve("out.jsonl");
        StringWriter console = new StringWriter();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        int code = Evaluation.run(AskDbConfig.defaults(), input, dbDir, out, true, true, new PrintWriter(console),
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        List<JsonNode> lines = Files.readAllLines(out).stream().map(this::parse).toList();
        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            assertThat(line.fieldNames()).toIterable()
                    .contains("id", "db_id", "sql", "tier", "elapsedMs", "llmCalls", "error");
        }
        assertThat(lines.get(0).get("correct").asBoolean()).isTrue();
        assertThat(lines.get(0).get("tier").asText()).isEqualTo("fast_path");
        assertThat(lines.get(1).get("correct").asBoolean()).isFalse();
        assertThat(lines.get(2).get("id").asText()).isEqualTo("x3");
        assertThat(lines.get(2).get("error").asText()).contains("no database file missing.sqlite");
        assertThat(console.toString()).contains("execution accuracy: 50.0% (1/2)").contains("fast_path")
                .contains("LLM calls per question: 0.00; per question that reached a model: - (0 questions)");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("100% 3/3");
    }

    @Test
    void should_refuse_a_line_that_is_not_json_with_its_number() throws Exception {
        Path input = dir.resolve("bad.jsonl");
        Files.write(input, List.of("{\"id\": 1, \"db_id\": \"a\", \"question\": \"q\"}", "{not json"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.run(AskDbConfig.defaults(), input, dir,
                        dir.resolve("o.jsonl"), true, true, new PrintWriter(new StringWriter()),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    private JsonNode parse(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
