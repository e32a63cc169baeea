package io.askdb.llm;

import static io.askdb.llm.GatewayFixture.PIPELINE;
import static io.askdb.llm.GatewayFixture.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.config.LlmSettings;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway through the real LangChain4j Ollama client against a local {@code /api/chat} server. */
class LlmGatewayOllamaTest {

    private final OpenAiStubServer stub = OpenAiStubServer.start();
    private final LlmUsage usage = new LlmUsage();
    private LlmGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        stub.close();
    }

    private LlmGateway gateway(GatewayFixture.Tuning tuning) {
        LlmSettings settings = GatewayFixture.settings(Map.of(
                        "LLM_PROVIDER", "ollama",
                        "OLLAMA_BASE_URL", stub.origin(),
                        "DEFAULT_AGENT_MODEL", "llama3.1:8b",
                        "COMPLEX_AGENT_MODEL", "deepseek-r1:14b"))
                .withTuning(tuning.build());
        gateway = LlmGateway.builder(settings, PIPELINE).build().orElseThrow();
        return gateway;
    }

    @Test
    void should_send_the_ollama_request_shape_and_read_its_token_counts() {
        gateway(fast());
        stub.otherwise(r -> Reply.chat("SELECT COUNT(*) FROM SalesLT.Customer", 88, 12));

        LlmReply reply = gateway.ask(gateway.route("list customers with their total order value"), "You write SQL.",
                "q", usage);

        JsonNode body = stub.lastRequest().json();
        assertThat(stub.lastRequest().path()).isEqualTo("/api/chat");
        assertThat(body.path("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("options").path("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(1000);
        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("system", "user");
        assertThat(reply.text()).isEqualTo("SELECT COUNT(*) FROM SalesLT.Customer");
        assertThat(usage.promptTokens()).isEqualTo(88);
        assertThat(usage.completionTokens()).isEqualTo(12);
        assertThat(usage.estimatedCostUsd()).as("a local model has no price").isZero();
    }

    @Test
    void should_send_a_configured_reasoning_model_no_temperature() {
        gateway(fast().reasoningModels("deepseek-r1:14b"));

        gateway.ask(gateway.route("rank the top 10 products by revenue within each category"), "", "q", usage);

        JsonNode body = stub.lastRequest().json();
        assertThat(body.path("model").asText()).isEqualTo("deepseek-r1:14b");
        assertThat(body.path("options").has("temperature")).isFalse();
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(4000);
    }

    @Test
    void should_retry_a_server_error_and_then_hand_over() {
        gateway(fast().maxRetries(1));
        stub.otherwise(r -> Reply.status(500));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(stub.requestCount()).isEqualTo(2);
    }
}
