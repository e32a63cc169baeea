package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routing on the embedded sample with an OpenAI-compatible server (OPENAI_BASE_URL): a ranking goes
 * to the complex model, a join to the default model, a plain count to no model at all; with the fast
 * path off, a negation over a set goes to the complex model and the response says why.
 */
class SampleRoutingTest {

    private static OpenAiStubServer stub;
    private static AskDb askdb;

    @BeforeAll
    static void start() {
        stub = OpenAiStubServer.start();
        stub.otherwise(request -> Reply.chat("```sql\nSELECT TOP 10 Name FROM SalesLT.Product\n```", 900, 20));
        askdb = AskDb.builder().config(AskDbConfig.fromMap(Map.of("OPENAI_BASE_URL", stub.baseUrl()))).build();
    }

    @AfterAll
    static void stop() {
        askdb.close();
        stub.close();
    }

    @Test
    void should_send_a_ranking_within_groups_to_the_complex_model() {
        int before = stub.requestCount();
        QueryResponse r = askdb.ask(QueryRequest.of("rank the top 10 products by revenue within each category")
                .withNoCache(true));

        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(stub.requestCount()).isEqualTo(before + 1);
        assertThat(stub.lastRequest().model()).isEqualTo("o4-mini");
        assertThat(stub.lastRequest().json().has("max_completion_tokens")).isTrue();
        assertThat(stub.lastRequest().json().has("temperature")).isFalse();
        assertThat(r.model()).isEqualTo("o4-mini");
    }

    @Test
    void should_send_a_join_question_to_the_default_model() {
        int before = stub.requestCount();
        QueryResponse r = askdb.ask(QueryRequest.of("list customers with their total order value").withNoCache(true));

        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(stub.requestCount()).isEqualTo(before + 1);
        assertThat(stub.lastRequest().model()).isEqualTo("gpt-4.1");
        assertThat(stub.lastRequest().json().get("temperature").asDouble()).isEqualTo(0.1);
    }

    @Test
    void should_route_by_the_offline_reading_and_show_the_estimate_in_the_details() {
        Map<String, String> env = Map.of("OPENAI_BASE_URL", stub.baseUrl(), "FAST_PATH_CONFIDENCE", "1.01");
        try (AskDb noFastPath = AskDb.builder().config(AskDbConfig.fromMap(env)).build()) {
            QueryResponse never = noFastPath.ask(QueryRequest.of("Which products have never been ordered?").withNoCache(true));
            QueryResponse count = noFastPath.ask(QueryRequest.of("How many customers are there?").withNoCache(true));

            assertThat(never.model()).isEqualTo("o4-mini");
            Map<?, ?> routing = (Map<?, ?>) never.details().get("routing");
            assertThat(routing.get("complex")).isEqualTo(true);
            assertThat((Double) routing.get("score")).isGreaterThanOrEqualTo(1.5);
            assertThat(routing.get("reasoning").toString()).contains("negation over a set ('never') +")
                    .endsWith("≥ 1.5: complex model");
            assertThat((java.util.List<?>) routing.get("parts")).anySatisfy(part ->
                    assertThat(((Map<?, ?>) part).get("signal")).isEqualTo("negationOverSet"));
            assertThat(count.model()).isEqualTo("gpt-4.1");
            assertThat(((Map<?, ?>) count.details().get("routing")).get("reasoning").toString())
                    .endsWith("< 1.5: fast model");
        }
    }

    @Test
    void should_answer_a_plain_count_without_any_llm_call() {
        int before = stub.requestCount();
        QueryResponse r = askdb.ask(QueryRequest.of("count customers").withNoCache(true));

        assertThat(r.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(r.rows()).containsExactly(java.util.List.of(847L));
        assertThat(r.llmCalls()).isZero();
        assertThat(stub.requestCount()).isEqualTo(before);
    }
}
