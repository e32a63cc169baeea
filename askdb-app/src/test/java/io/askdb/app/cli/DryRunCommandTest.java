package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import org.junit.jupiter.api.Test;

/** {@code ask --dry-run} on the embedded sample: the SQL, what it reads and H2's plan; no rows. */
class DryRunCommandTest {

    @Test
    void should_print_the_sql_the_tables_and_the_plan_and_no_rows() {
        CliRunner.Run run = CliRunner.run("ask", "--dry-run", "How many customers are there?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SQL:  SELECT COUNT(*) AS count FROM SalesLT.Customer")
                .contains("Dry run: nothing was executed.").contains("Reads tables:  SalesLT.Customer")
                .contains("Plan (H2 (SQL Server mode), EXPLAIN):").doesNotContain("(1 row)");
    }

    @Test
    void should_echo_dry_run_with_null_rows_and_the_plan_in_json() throws Exception {
        JsonNode r = Json.MAPPER.readTree(CliRunner.run("ask", "--json", "--dry-run", "list all product categories").out());

        assertThat(r.get("dryRun").asBoolean()).isTrue();
        assertThat(r.get("rows").isNull()).isTrue();
        assertThat(r.get("sql").asText()).containsIgnoringCase("ProductCategory");
        assertThat(r.get("plan").get("tables").toString()).contains("SalesLT.ProductCategory");
    }
}
