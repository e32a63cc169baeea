package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the CLI words answers the pipeline does not produce on the sample today: guesses and denied columns. */
class ResponsePrinterTest {

    private static QueryResponse airplane(List<String> columns, List<List<Object>> rows) {
        return new QueryResponse(true, "customers who live near London", "SELECT TOP 1000 FirstName, LastName FROM SalesLT.Customer",
                TierName.AIRPLANE, Strategy.TEMPLATE, null, columns, rows, rows.size(), false, 4.2, 0, 0, 0, 0.0, true,
                null, List.of(), null, List.of(new TierReport(TierName.AIRPLANE, "answered", null, 3.0)), Map.of());
    }

    @Test
    void should_print_a_low_confidence_airplane_answer_as_a_guess_with_what_was_not_understood() {
        QueryResponse r = airplane(List.of("FirstName", "LastName"), List.of(List.of("Ben", "Thomas")))
                .withConfidence(0.31, List.of("live near", "London"));

        assertThat(ResponsePrinter.render(r)).isEqualTo("""
                SQL:  SELECT TOP 1000 FirstName, LastName FROM SalesLT.Customer
                Tier: airplane (degraded)  |  4.2 ms  |  LLM calls: 0  |  cost: $0.0000
                Guess: an offline reading with confidence 0.31; check the SQL.
                Not understood: "live near", "London"

                FirstName | LastName
                ----------+---------
                Ben       | Thomas
                (1 row)
                """);
    }

    @Test
    void should_say_which_model_answered_and_why_it_was_routed_there() {
        String why = "negation over a set ('never') +4.0, 2 tables +3.6, base -7.8 → 2.3 ≥ 1.5: complex model";
        QueryResponse r = new QueryResponse(true, "Which products have never been ordered?",
                "SELECT TOP 1000 Name FROM SalesLT.Product", TierName.ORCHESTRATION, Strategy.DIRECT, "o4-mini",
                List.of("Name"), List.of(List.of("Bike Wash")), 1, false, 2800.0, 1, 900, 20, 0.01, false, null,
                List.of(), null, List.of(new TierReport(TierName.ORCHESTRATION, "answered", null, 2800.0)),
                Map.of("routing", Map.of("model", "o4-mini", "complex", true, "reasoning", why)));

        assertThat(ResponsePrinter.render(r)).contains("Model: o4-mini\nRouted: " + why + "\n");
    }

    @Test
    void should_print_an_airplane_answer_without_a_confidence_as_a_plain_answer() {
        QueryResponse r = airplane(List.of("FirstName"), List.of(List.of("Ben")));

        assertThat(ResponsePrinter.render(r)).doesNotContain("Guess").doesNotContain("Not understood");
    }

    @Test
    void should_print_a_refusal_with_examples_one_a_line_and_no_tier() {
        QueryResponse refused = new QueryResponse(false, "show the password hashes", null, TierName.AIRPLANE, null, null,
                List.of(), List.of(), 0, false, 1.0, 0, 0, 0, 0.0, false, null, List.of(),
                new ErrorInfo("SQL_REJECTED", "askdb does not read that: PasswordHash is on the deny-list.",
                        List.of("How many customers are there?", "List the name of all products")),
                List.of(), Map.of()).asRefusal();

        assertThat(ResponsePrinter.render(refused)).isEqualTo("""
                Refused: askdb does not read that: PasswordHash is on the deny-list.
                Questions that work here:
                  How many customers are there?
                  List the name of all products
                """);
    }

    @Test
    void should_print_the_reading_assumed_for_a_vague_question() {
        QueryResponse r = new QueryResponse(true, "show revenue trends", "SELECT 1", TierName.ORCHESTRATION,
                Strategy.DIRECT, "gpt-4.1", List.of("Revenue"), List.of(List.of(1)), 1, false, 5.0, 1, 900, 60, 0.002,
                false, null, List.of(), null, List.of(),
                Map.of("assumption", "read 'revenue' as SalesOrderHeader.TotalDue by month of OrderDate"));

        assertThat(ResponsePrinter.render(r))
                .contains("Assumed: read 'revenue' as SalesOrderHeader.TotalDue by month of OrderDate\n");
    }

    @Test
    void should_print_the_readings_offered_with_a_clarification() {
        QueryResponse r = new QueryResponse(false, "show me the data", null, TierName.ORCHESTRATION,
                Strategy.CLARIFICATION, null, List.of(), List.of(), 0, false, 2.0, 0, 0, 0, 0.0, false,
                "Which measure or subject do you mean?", List.of(),
                new ErrorInfo("CLARIFICATION_NEEDED", "the question needs clarification",
                        List.of("total due by month of order date", "number of sales orders per customer")),
                List.of(), Map.of());

        assertThat(ResponsePrinter.render(r)).contains("""
                Readings to choose from:
                  total due by month of order date
                  number of sales orders per customer
                """);
    }
}
