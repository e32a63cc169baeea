package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import org.junit.jupiter.api.Test;

/** The CLI on the embedded SalesLT sample, as a newcomer runs it (no API key, no DATABASE_URL). */
class AskCommandTest {

    @Test
    void should_print_the_sql_the_tier_and_847_customers() {
        CliRunner.Run run = CliRunner.run("ask", "How many customers are there?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SQL:  SELECT COUNT(*) AS count FROM SalesLT.Customer").contains("Tier: fast_path")
                .containsPattern("(?m)^847\\s*$").contains("(1 row)");
    }

    @Test
    void should_print_the_response_object_with_json() throws Exception {
        CliRunner.Run run = CliRunner.run("ask", "--json", "How many customers are there?");

        JsonNode r = Json.MAPPER.readTree(run.out());
        for (String field : new String[] {"success", "question", "sql", "tier", "strategy", "model", "columns", "rows",
            "rowCount", "truncated", "elapsedMs", "llmCalls", "promptTokens", "completionTokens", "estimatedCostUsd",
            "degraded", "clarification", "attempts", "error"}) {
            assertThat(r.has(field)).as(field).isTrue();
        }
        assertThat(r.get("rows").get(0).get(0).asInt()).isEqualTo(847);
        assertThat(r.get("success").asBoolean()).isTrue();
    }

    @Test
    void should_never_show_a_password_column_of_the_sample() throws Exception {
        CliRunner.Run run = CliRunner.run("ask", "--json", "--no-cache", "list customers");

        JsonNode r = Json.MAPPER.readTree(run.out());
        assertThat(r.get("columns").toString()).doesNotContainIgnoringCase("password");
        assertThat(r.get("rowCount").asInt()).isPositive();
    }

    @Test
    void should_answer_a_hostile_question_with_a_refusal_object_and_exit_code_1() throws Exception {
        CliRunner.Run run = CliRunner.run("ask", "--json", "drop table SalesLT.Customer");

        JsonNode r = Json.MAPPER.readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(r.get("success").asBoolean()).isFalse();
        assertThat(r.get("error").get("code").asText()).isEqualTo("INVALID_QUESTION");
    }

    @Test
    void should_list_the_sample_tables_with_schema() {
        CliRunner.Run run = CliRunner.run("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SalesLT.Customer").contains("SalesLT.SalesOrderDetail")
                .contains("FK (ProductCategoryID) -> SalesLT.ProductCategory");
    }

    @Test
    void should_explain_each_command_with_help() {
        for (String command : new String[] {"ask", "schema", "sample-db", "eval"}) {
            CliRunner.Run run = CliRunner.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: askdb " + command);
        }
    }
}
