package io.askdb.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    private static final Caller CALLER = new Caller("reports", false, "reports");

    @Test
    void should_write_every_field_as_key_value_pairs() {
        QueryResponse r = response("How many customers are there?", 2.5, 0.0123456, 1);

        assertThat(RequestLog.line("/api/query", CALLER, "default", r, 200)).isEqualTo(
                "query endpoint=/api/query status=200 success=true tier=cache model=gpt-4.1 strategy=direct "
                        + "elapsedMs=2.50 rows=1 truncated=false llmCalls=1 tokens=30 costUsd=0.012346 degraded=false "
                        + "error=- db=default caller=reports question=\"How many customers are there?\"");
    }

    @Test
    void should_round_small_and_large_values_like_a_fixed_format() {
        assertThat(RequestLog.line("/q", CALLER, "db", response("q", 0.004, 0.0, 0), 200))
                .contains("elapsedMs=0.00 ", "costUsd=0.000000 ");
        assertThat(RequestLog.line("/q", CALLER, "db", response("q", 1234.567, 3.1, 0), 200))
                .contains("elapsedMs=1234.57 ", "costUsd=3.100000 ");
    }

    @Test
    void should_quote_the_question_on_one_line_and_shorten_it() {
        String line = RequestLog.line("/q", CALLER, "db", response("say \"hi\"\\\nnow\tplease", 1, 0, 0), 200);
        assertThat(line).endsWith("question=\"say \\\"hi\\\"\\\\ now please\"");

        String long_ = "x".repeat(200);
        assertThat(RequestLog.line("/q", CALLER, "db", response(long_, 1, 0, 0), 200))
                .endsWith("question=\"" + "x".repeat(120) + "…\"");
    }

    private static QueryResponse response(String question, double elapsedMs, double cost, int llmCalls) {
        return new QueryResponse(true, question, "SELECT 1", TierName.CACHE, Strategy.DIRECT, "gpt-4.1",
                List.of("n"), List.of(List.of(1)), 1, false, elapsedMs, llmCalls, 20, 10, cost, false, null,
                List.of(), null, List.of(), null);
    }
}
