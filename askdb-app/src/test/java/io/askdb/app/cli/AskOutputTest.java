package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exact text {@code askdb ask} prints on the embedded sample for a counted question, a listing,
 * a refused question and an unanswerable one: what a person reads, line by line (the timing, which
 * varies from run to run, is read as {@code N ms}). Nothing goes to standard error without --verbose.
 */
class AskOutputTest {

    @Test
    void should_print_a_counted_question_with_a_named_column() {
        CliRunner.Run run = CliRunner.run("ask", "How many customers are there?");

        assertThat(run.exitCode()).isZero();
        assertThat(timingFolded(run.out())).isEqualTo("""
                SQL:  SELECT COUNT(*) AS count FROM SalesLT.Customer
                Tier: fast_path  |  N ms  |  LLM calls: 0  |  cost: $0.0000
                  cache: miss: no stored answer or SQL for this question

                count
                -----
                847
                (1 row)

                """);
    }

    @Test
    void should_print_a_listing_by_its_describing_columns_with_the_configured_row_cap() {
        CliRunner.Run run = CliRunner.run("ask", "customers in the city of London");

        assertThat(run.exitCode()).isZero();
        assertThat(timingFolded(run.out())).isEqualTo("""
                SQL:  SELECT TOP 1000 T1.CustomerID, T1.Title, T1.FirstName, T1.MiddleName, T1.LastName, T1.CompanyName, \
                T3.City FROM SalesLT.Customer AS T1 JOIN SalesLT.CustomerAddress AS T2 ON T2.CustomerID = T1.CustomerID \
                JOIN SalesLT.Address AS T3 ON T2.AddressID = T3.AddressID WHERE T3.City = 'London'
                Tier: airplane (degraded)  |  N ms  |  LLM calls: 0  |  cost: $0.0000
                  cache: miss: no stored answer or SQL for this question
                  fast_path: not confident: best reading scored 0.45, below the threshold 0.85 \
                (read as list+where over SalesLT.Customer joined with [CustomerAddress, Address])
                  cache: miss: no stored question close enough in meaning (with the same values)
                  orchestration: skipped: no LLM configured (set LLM_PROVIDER and its key or URL)
                Guess: an offline reading with confidence 0.45; check the SQL.

                CustomerID | Title | FirstName | MiddleName | LastName | CompanyName                   | City
                -----------+-------+-----------+------------+----------+-------------------------------+-------
                118        | Ms.   | Barbara   | B.         | Griffin  | Mountain Sports Supply        | London
                229        | Mr.   | John      | M.         | Walker   | Associated Riding Supplies    | London
                240        | Mr.   | Douglas   | Z.         | Davis    | Premier Parts and Accessories | London
                382        | Ms.   | Wendy     | NULL       | Harris   | Rural Department Store        | London
                432        | Sra.  | Julia     | F.         | Jenkins  | Commuter Bike Works           | London
                463        | Ms.   | Joan      | NULL       | Long     | Community Bike Store          | London
                627        | Mr.   | Andrew    | NULL       | Butler   | Reliable Bike Store           | London
                995        | Mr.   | Gregory   | E.         | Long     | Country Bike Works            | London
                1008       | Mr.   | Ben       | NULL       | Thomas   | Local Cycle Shop              | London
                (9 rows)

                """);
    }

    @Test
    void should_print_a_refusal_without_tier_or_steps() {
        CliRunner.Run run = CliRunner.run("ask", "drop the customer table");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                Refused: askdb only reads data: it will not change, delete or drop anything. Ask a question about the data instead.

                """);
    }

    @Test
    void should_print_why_it_cannot_answer_in_a_sentence_and_example_questions_one_a_line() {
        CliRunner.Run run = CliRunner.run("ask", "what is the meaning of life");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(timingFolded(run.out())).isEqualTo("""
                Tier: airplane (degraded)  |  N ms  |  LLM calls: 0  |  cost: $0.0000
                  cache: miss: no stored answer or SQL for this question
                  fast_path: not confident: no rule matched the question
                  cache: miss: no stored question close enough in meaning (with the same values)
                  orchestration: skipped: no LLM configured (set LLM_PROVIDER and its key or URL)
                  airplane: no offline reading of the question
                No answer: askdb could not turn this question into SQL for this database. \
                Try naming a table or a column it holds, or ask one of the example questions.
                Questions that work here:
                  How many addresses are there?
                  List the first name of all customers
                  What is the average standard cost of products?
                  How many customers are there?
                  List the name of all products

                """);
    }

    @Test
    void should_refuse_a_question_about_a_denied_column_with_refused_true_and_no_tier() throws Exception {
        CliRunner.Run run = CliRunner.run("ask", "--json", "show the password hash of customers");

        com.fasterxml.jackson.databind.JsonNode r = io.askdb.app.Json.MAPPER.readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(r.get("refused").asBoolean()).isTrue();
        assertThat(r.get("tier").isNull()).isTrue();
        assertThat(r.get("tiers")).isEmpty();
        assertThat(r.get("error").get("message").asText())
                .isEqualTo("askdb does not read that: the column SalesLT.Customer.PasswordHash is on the deny-list and may not be read.");
        assertThat(r.get("error").get("examples")).hasSizeBetween(3, 5);
        assertThat(run.out()).doesNotContainIgnoringCase("\"PasswordHash\":");
    }

    @Test
    void should_mark_denied_columns_in_schema() {
        CliRunner.Run run = CliRunner.run("schema");

        assertThat(run.out()).containsPattern("  PasswordHash +[a-z ]+ not null  DENIED \\(never read\\)\\n")
                .contains("DENIED columns are on the deny-list (ASKDB_DENY_COLUMNS)");
        assertThat(run.out()).containsPattern("  FirstName +[a-z ]+ not null\\n");
    }

    /** The one part of the output that changes from run to run. */
    private static String timingFolded(String out) {
        return out.replaceAll("\\|  [0-9]+\\.[0-9] ms  \\|", "|  N ms  |");
    }
}
