package io.askdb.app.server;

import static io.askdb.app.server.TestServer.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} wired as {@code askdb serve} wires it: one Prometheus registry given to the
 * {@link AskDb} builder and to the server. The query, LLM and cache meters must all be in the text,
 * and the registry must refuse none of them (Prometheus drops a meter whose name already exists with
 * other tag keys, and says so only to its registration-failure listeners).
 */
class MetricsEndpointTest {

    private static final String QUESTION = "how many customers are there";

    private final OpenAiStubServer stub = OpenAiStubServer.start();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        stub.close();
    }

    @Test
    void should_list_query_llm_and_cache_meters_together_when_served_from_one_registry() {
        registry.config().onMeterRegistrationFailed((id, reason) -> refused.add(reason));
        AskDbConfig config = AskDbConfig.fromMap(Map.of(
                "DATABASE_URL", TestDatabases.shop(), "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(),
                "OPENAI_API_KEY", "test-key", "FAST_PATH_CONFIDENCE", "1.01", "ASKDB_LLM_MAX_RETRIES", "0"));
        server = TestServer.serving(AskDb.builder().config(config).meterRegistry(registry).build(), registry);
        stub.enqueue(Reply.chat("```sql\nSELECT COUNT(*) AS customers FROM customer\n```", 400, 30));

        assertThat(TestServer.json(server.postJson("/api/query", question(QUESTION))).get("tier").asText())
                .isEqualTo("orchestration");
        assertThat(TestServer.json(server.postJson("/api/query", question(QUESTION))).get("tier").asText())
                .isEqualTo("cache");
        server.postJson("/api/query", "{}");
        String text = server.get("/metrics").body();

        assertThat(text)
                .contains("askdb_llm_calls_total{model=\"gpt-4.1\",outcome=\"success\",provider=\"openai\"} 1.0")
                .contains("askdb_llm_tokens_total{kind=\"prompt\",model=\"gpt-4.1\",provider=\"openai\"} 400.0")
                .contains("askdb_llm_latency_seconds_count{model=\"gpt-4.1\",provider=\"openai\"} 1")
                .contains("askdb_cache_requests_total{result=\"hit\"} 1.0")
                .contains("askdb_cache_requests_total{result=\"miss\"} 1.0")
                .contains("askdb_cache_entries{level=\"results\"} 1.0")
                .contains("askdb_query_duration_seconds_count{success=\"true\",tier=\"orchestration\"} 1")
                .contains("askdb_query_duration_seconds_count{success=\"true\",tier=\"cache\"} 1")
                .contains("askdb_tier_outcomes_total{outcome=\"answered\",tier=\"orchestration\"} 1.0")
                .contains("askdb_tier_outcomes_total{outcome=\"declined\",tier=\"fast_path\"} 1.0")
                .contains("askdb_errors_total{code=\"INVALID_QUESTION\"} 1.0")
                .contains("askdb_llm_circuit_state{model=\"gpt-4.1\",provider=\"openai\"} 0.0")
                .containsPattern("askdb_pool_connections\\{database=\"default\",state=\"active\"\\} \\d")
                .containsPattern("hikaricp_connections_active\\{pool=\"askdb-default\"\\}")
                .contains("askdb_fast_path_answer_ratio 0.0");
        assertThat(refused).isEmpty();
    }
}
