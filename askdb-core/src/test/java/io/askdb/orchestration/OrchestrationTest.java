package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.testing.H2Databases;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tier 3 end to end: the real LangChain4j client talking to a local OpenAI-format stub, a real H2 database. */
class OrchestrationTest {

    private static final String TOTALS = "SELECT c.name, SUM(o.total) AS total FROM customer c "
            + "JOIN orders o ON o.customer_id = c.id GROUP BY c.name";

    private OpenAiStubServer stub;
    private AskDb askdb;

    @BeforeEach
    void start() {
        stub = OpenAiStubServer.start();
        askdb = open(Map.of());
    }

    @AfterEach
    void stop() {
        askdb.close();
        stub.close();
    }

    private AskDb open(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_LLM_BREAKER_FAILURES", "50"));
        env.putAll(extra);
        return H2Databases.askDb(AskDbConfig.fromMap(env), H2Databases.shop());
    }

    private static Reply sql(String sql) {
        return Reply.chat("Here you go:\n```sql\n" + sql + "\n```", 400, 30);
    }

    @Test
    void should_answer_a_join_question_in_one_llm_call() {
        stub.enqueue(sql(TOTALS));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(r.success()).isTrue();
        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(r.llmCalls()).isEqualTo(1);
        assertThat(r.model()).isEqualTo("gpt-4.1");
        assertThat(r.strategy()).isEqualTo(Strategy.DIRECT);
        assertThat(r.rows()).containsExactlyInAnyOrder(
                List.of("Ana", new java.math.BigDecimal("30.5")), List.of("Ben", new java.math.BigDecimal("5.25")),
                List.of("Carla", new java.math.BigDecimal("100")));
        assertThat(r.promptTokens()).isEqualTo(400);
        assertThat(r.completionTokens()).isEqualTo(30);
        assertThat(r.estimatedCostUsd()).isPositive();
        String prompt = stub.lastRequest().body();
        assertThat(prompt).contains("CREATE TABLE").containsIgnoringCase("customer_id").contains("list customers with their total");
        assertThat(r.details()).containsKey("routing");
    }

    @Test
    void should_send_a_failing_sql_back_with_its_error_and_succeed_on_the_second_call() {
        stub.enqueue(sql("SELECT c.nmae, SUM(o.total) FROM customer c JOIN orders o ON o.customer_id = c.id GROUP BY c.nmae"),
                sql(TOTALS));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(r.success()).isTrue();
        assertThat(r.llmCalls()).isEqualTo(2);
        assertThat(r.attempts()).hasSize(2);
        assertThat(r.attempts().get(0).error()).isNotBlank();
        assertThat(r.attempts().get(1).error()).isNull();
        assertThat(r.strategy()).isEqualTo(Strategy.ITERATIVE_REFINEMENT);
        assertThat(stub.lastRequest().body()).contains("This SQL failed").contains("nmae");
    }

    @Test
    void should_record_a_failure_analysis_and_let_airplane_mode_answer_after_the_last_attempt() {
        try (AskDb limited = open(Map.of("ASKDB_MAX_CORRECTION_ATTEMPTS", "1"))) {
            stub.otherwise(request -> sql("SELECT nothing FROM nowhere"));

            QueryResponse r = limited.ask(QueryRequest.of("list customers with their total order value"));

            assertThat(r.llmCalls()).isEqualTo(2);
            assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
            assertThat(r.degraded()).isTrue();
            assertThat(r.details().get("failureAnalysis").toString()).contains("2× unknown name");
            assertThat(r.tiers()).anySatisfy(t -> assertThat(t.reason()).contains("all 2 attempts failed"));
        }
    }

    @Test
    void should_stop_paying_when_the_model_repeats_a_bad_statement() {
        stub.otherwise(request -> sql("SELECT nothing FROM nowhere"));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        // One generation and one repair; the repeat ends the loop instead of two more identical repairs.
        assertThat(stub.requestCount()).isEqualTo(2);
        assertThat(r.llmCalls()).isEqualTo(2);
        assertThat(stub.requests().stream().map(OpenAiStubServer.Recorded::body).distinct()).hasSize(2);
        assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
        assertThat(r.tiers()).anySatisfy(t -> assertThat(t.reason()).contains("repeated a statement"));
    }

    @Test
    void should_stop_paying_when_the_same_error_comes_back() {
        stub.enqueue(sql("SELECT name FROM nowhere"), sql("SELECT  name, id FROM nowhere"), sql(TOTALS));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(stub.requestCount()).isEqualTo(2);
        assertThat(r.tiers()).anySatisfy(t -> assertThat(t.reason()).contains("the same error came back"));
    }

    @Test
    void should_ask_for_clarification_without_running_sql_or_calling_the_llm() {
        QueryResponse r = askdb.ask(QueryRequest.of("show me the data"));

        assertThat(r.success()).isFalse();
        assertThat(r.strategy()).isEqualTo(Strategy.CLARIFICATION);
        assertThat(r.clarification()).containsIgnoringCase("customer");
        assertThat(r.sql()).isNull();
        assertThat(r.attempts()).isEmpty();
        assertThat(r.llmCalls()).isZero();
        assertThat(r.error().code()).isEqualTo("CLARIFICATION_NEEDED");
    }

    @Test
    void should_pass_on_the_models_clarifying_question() {
        stub.enqueue(Reply.chat("CLARIFY: Do you mean the order total before or after tax?", 300, 12));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(r.clarification()).isEqualTo("Do you mean the order total before or after tax?");
        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(r.llmCalls()).isEqualTo(1);
    }

    @Test
    void should_run_only_the_first_statement_when_the_model_adds_more() {
        stub.enqueue(sql(TOTALS + "; DROP TABLE customer"));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(r.success()).isTrue();
        assertThat(r.details()).containsEntry("droppedStatements", true);
        assertThat(askdb.ask(QueryRequest.of("how many customers are there").withNoCache(true)).rows())
                .containsExactly(List.of(3L));
    }

    @Test
    void should_answer_in_airplane_mode_marked_degraded_when_the_llm_is_down() {
        stub.otherwise(request -> Reply.status(500));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
        assertThat(r.degraded()).isTrue();
        assertThat(r.tiers()).anySatisfy(t -> {
            assertThat(t.tier()).isEqualTo(TierName.ORCHESTRATION);
            assertThat(t.reason()).startsWith("unavailable");
        });
    }

    @Test
    void should_not_call_the_llm_for_a_question_the_fast_path_answers() {
        QueryResponse r = askdb.ask(QueryRequest.of("count customers"));

        assertThat(r.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(r.llmCalls()).isZero();
        assertThat(stub.requestCount()).isZero();
    }

    @Test
    void should_use_a_users_example_as_a_few_shot() {
        askdb.addExample(null, "total order value of each customer", TOTALS);
        stub.enqueue(sql(TOTALS));

        askdb.ask(QueryRequest.of("list customers with their total order value"));

        assertThat(stub.lastRequest().body()).contains("Examples of questions").contains("total order value of each");
    }

    @Test
    void should_refuse_an_example_whose_sql_is_not_read_only() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> askdb.addExample(null, "remove customers", "DELETE FROM customer"))
                .isInstanceOf(io.askdb.sql.SqlRejectedException.class);
    }

    @Test
    void should_report_agreement_when_both_models_of_an_ensemble_return_the_same_rows() {
        stub.otherwise(request -> request.model().equals("o4-mini")
                ? sql(TOTALS.replace("AS total", "AS order_total"))
                : sql(TOTALS));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value").withEnsemble(true));

        assertThat(r.success()).isTrue();
        assertThat(r.llmCalls()).isEqualTo(2);
        assertThat(r.rowCount()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> ensemble = (Map<String, Object>) r.details().get("ensemble");
        assertThat(ensemble).containsEntry("agreement", true);
        assertThat((List<?>) ensemble.get("candidates")).hasSize(2);
    }

    @Test
    void should_keep_the_candidate_that_ran_when_the_ensemble_disagrees() {
        stub.otherwise(request -> request.model().equals("o4-mini")
                ? sql("SELECT missing_column FROM customer")
                : sql(TOTALS));

        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value").withEnsemble(true));

        assertThat(r.success()).isTrue();
        assertThat(r.model()).isEqualTo("gpt-4.1");
        @SuppressWarnings("unchecked")
        Map<String, Object> ensemble = (Map<String, Object>) r.details().get("ensemble");
        assertThat(ensemble).containsEntry("agreement", false);
        assertThat(r.details().get("explanation").toString()).contains("only this model");
    }

    @Test
    void should_turn_the_ensemble_on_by_configuration_for_complex_questions() {
        try (AskDb configured = open(Map.of("ASKDB_ENSEMBLE", "complex"))) {
            stub.otherwise(request -> sql(TOTALS));

            QueryResponse r = configured.ask(QueryRequest.of(
                    "rank customers by total order value within each country using a window function"));

            assertThat(r.llmCalls()).isEqualTo(2);
            assertThat(r.details()).containsKey("ensemble");
        }
    }
}
