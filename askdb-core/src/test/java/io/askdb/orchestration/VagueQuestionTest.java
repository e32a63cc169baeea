package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vague question on the embedded SalesLT sample, through the real LLM client and a local
 * OpenAI-format stub: answered with the most likely reading and the assumption said, when the
 * schema has one; asked back with concrete readings drawn from the schema when it has none.
 */
class VagueQuestionTest {

    // Starts with YEAR( on purpose: the guard's row cap must not make it "TOP 1000 YEAR(", which H2 rejects.
    private static final String MONTHLY = "SELECT YEAR(OrderDate) AS OrderYear, "
            + "MONTH(OrderDate) AS OrderMonth, SUM(TotalDue) AS Revenue FROM SalesLT.SalesOrderHeader "
            + "GROUP BY YEAR(OrderDate), MONTH(OrderDate) ORDER BY OrderYear, OrderMonth";
    private static final String ASSUMED = "read 'revenue' as SalesOrderHeader.TotalDue by month of OrderDate";

    private OpenAiStubServer stub;
    private AskDb askdb;

    @BeforeEach
    void start() {
        stub = OpenAiStubServer.start();
        askdb = AskDb.builder().config(AskDbConfig.fromMap(Map.of("OPENAI_BASE_URL", stub.baseUrl(),
                "OPENAI_API_KEY", "k", "ASKDB_LLM_MAX_RETRIES", "0"))).build();
    }

    @AfterEach
    void stop() {
        askdb.close();
        stub.close();
    }

    @Test
    void should_answer_revenue_trends_with_the_most_likely_reading_and_say_the_assumption() {
        stub.otherwise(request -> Reply.chat("```sql\n" + MONTHLY + "\n```", 900, 60));

        QueryResponse r = askdb.ask(QueryRequest.of("show revenue trends"));

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.tier()).as(String.valueOf(r.tiers())).isEqualTo(TierName.ORCHESTRATION);
        // One table, no grouping written out, no negation or comparison: the default model answers directly.
        assertThat(r.strategy()).isEqualTo(Strategy.DIRECT);
        assertThat(r.model()).isEqualTo("gpt-4.1");
        assertThat(r.clarification()).isNull();
        assertThat(r.llmCalls()).isEqualTo(1);
        assertThat(r.rows()).hasSizeGreaterThan(0);
        assertThat(r.details()).containsEntry("assumption", ASSUMED);
        assertThat(r.details().get("explanation").toString()).contains(ASSUMED);
        // The model is told the reading, so the SQL it writes is the one the response says it assumed.
        assertThat(stub.lastRequest().body()).contains(ASSUMED).contains("one row per month");
    }

    @Test
    void should_say_the_assumption_again_when_the_answer_comes_from_the_cache() {
        stub.otherwise(request -> Reply.chat("```sql\n" + MONTHLY + "\n```", 900, 60));
        askdb.ask(QueryRequest.of("show revenue trends"));

        QueryResponse again = askdb.ask(QueryRequest.of("show revenue trends"));

        assertThat(again.tier()).isEqualTo(TierName.CACHE);
        assertThat(again.details()).containsEntry("assumption", ASSUMED);
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void should_offer_concrete_readings_from_the_schema_when_a_question_names_no_measure_or_subject() {
        QueryResponse r = askdb.ask(QueryRequest.of("show me the data"));

        assertThat(r.success()).isFalse();
        assertThat(r.strategy()).isEqualTo(Strategy.CLARIFICATION);
        assertThat(r.llmCalls()).isZero();
        assertThat(stub.requestCount()).isZero();
        List<String> readings = List.of("total due by month of order date", "number of sales orders per customer",
                "top 10 products by standard cost");
        assertThat(r.error().code()).isEqualTo("CLARIFICATION_NEEDED");
        assertThat(r.error().examples()).containsExactlyElementsOf(readings);
        assertThat(r.details()).containsEntry("readings", readings);
        assertThat(r.clarification()).contains("total due by month of order date");
    }

    @Test
    void should_add_concrete_readings_when_the_model_asks_back() {
        stub.enqueue(Reply.chat("CLARIFY: Which figure do you want to follow over time?", 300, 12));

        QueryResponse r = askdb.ask(QueryRequest.of("how are we doing compared to last year overall"));

        assertThat(r.clarification()).isEqualTo("Which figure do you want to follow over time?");
        assertThat(r.error().examples()).hasSizeBetween(2, 3).contains("total due by month of order date");
        assertThat(r.llmCalls()).isEqualTo(1);
    }
}
