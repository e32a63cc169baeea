package io.askdb.llm;

import static io.askdb.llm.GatewayFixture.PIPELINE;
import static io.askdb.llm.GatewayFixture.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.config.AskDbConfig;
import io.askdb.config.LlmSettings;
import io.askdb.metrics.AskDbMeters;
import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway through the real LangChain4j OpenAI client against a local chat-completions server. */
class LlmGatewayOpenAiTest extends StubGatewayTest {

    @Test
    void should_build_nothing_and_connect_nowhere_when_no_provider_is_configured() {
        LlmSettings none = GatewayFixture.settings(Map.of("LLM_PROVIDER", "none", "OPENAI_BASE_URL", stub.baseUrl()));

        assertThat(LlmGateway.create(GatewayFixture.settings(Map.of()), PIPELINE, null)).isEmpty();
        assertThat(LlmGateway.create(none, PIPELINE, AskDbMeters.publishingTo(meters))).isEmpty();
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void should_send_a_ranking_question_to_the_complex_model_with_completion_tokens_and_no_temperature() {
        gateway(fast());

        RoutingDecision route = gateway.route(RANKING);
        LlmReply reply = gateway.ask(route, "You write T-SQL.", RANKING, usage);

        Recorded sent = stub.lastRequest();
        JsonNode body = sent.json();
        assertThat(route.model()).isEqualTo("o4-mini");
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("authorization")).isEqualTo("Bearer sk-test");
        assertThat(body.path("model").asText()).isEqualTo("o4-mini");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(4000);
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("system", "user");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo(RANKING);
        assertThat(reply.text()).isEqualTo("SELECT 1");
        assertThat(reply.model()).isEqualTo("o4-mini");
        assertThat(reply.fellBack()).isFalse();
    }

    @Test
    void should_send_a_listing_question_to_the_default_model_with_max_tokens_and_temperature() {
        gateway(fast());

        RoutingDecision route = gateway.route(LISTING);
        gateway.ask(route, "", LISTING, usage);

        JsonNode body = stub.lastRequest().json();
        assertThat(route.model()).isEqualTo("gpt-4.1");
        assertThat(body.path("model").asText()).isEqualTo("gpt-4.1");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1000);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.has("max_completion_tokens")).isFalse();
        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("user");
    }

    @Test
    void should_take_parameters_and_threshold_from_the_environment() {
        AskDbConfig config = AskDbConfig.fromMap(Map.of(
                "OPENAI_BASE_URL", stub.baseUrl(),
                "DEFAULT_AGENT_MODEL", "gpt-4o-mini",
                "COMPLEX_AGENT_MODEL", "o3",
                "ASKDB_LLM_MAX_TOKENS", "700",
                "ASKDB_LLM_TEMPERATURE", "0",
                "COMPLEXITY_THRESHOLD", "4"));
        gateway = LlmGateway.create(config.llm(), config.pipeline(), null).orElseThrow();

        RoutingDecision route = gateway.route(RANKING);
        gateway.ask(route, "", RANKING, usage);

        JsonNode body = stub.lastRequest().json();
        assertThat(gateway.provider()).isEqualTo("openai");
        assertThat(gateway.complexModel()).isEqualTo("o3");
        assertThat(route.model()).as("score 3 is below COMPLEXITY_THRESHOLD=4").isEqualTo("gpt-4o-mini");
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(700);
        assertThat(body.path("temperature").asDouble()).isZero();
    }

    @Test
    void should_treat_a_model_marked_in_configuration_as_a_reasoning_model() {
        gateway(GatewayFixture.openAi(stub.baseUrl(), "DEFAULT_AGENT_MODEL", "qwq-32b")
                .withTuning(fast().reasoningModels("qwq-32b").build()));

        gateway.ask(gateway.fastRoute("orchestration step"), "", "which tables?", usage);

        JsonNode body = stub.lastRequest().json();
        assertThat(body.path("model").asText()).isEqualTo("qwq-32b");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(4000);
        assertThat(body.has("temperature")).isFalse();
    }

    @Test
    void should_refuse_a_route_naming_a_model_it_does_not_serve() {
        gateway(fast());
        RoutingDecision foreign = new RoutingDecision("gpt-4o", false, 1.0, "elsewhere", 0, List.of(), false);

        assertThatThrownBy(() -> gateway.ask(foreign, "", "q", usage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the route names gpt-4o as the fast model; this gateway's is gpt-4.1");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void should_send_no_key_to_an_openai_compatible_server_configured_without_one() {
        gateway(GatewayFixture.settings(Map.of("LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl()))
                .withTuning(fast().build()));

        gateway.ask(gateway.route(LISTING), "", LISTING, usage);

        assertThat(stub.lastRequest().header("authorization")).isNull();
    }

    @Test
    void should_sum_tokens_and_cost_over_the_calls_of_a_request() {
        gateway(fast());
        stub.otherwise(r -> byModel(r, Reply.chat("SELECT 6", 1200, 300), Reply.chat("SELECT 7", 1000, 500)));

        gateway.ask(gateway.route(RANKING), "", RANKING, usage);
        gateway.ask(gateway.route(LISTING), "", LISTING, usage);

        assertThat(usage.llmCalls()).isEqualTo(2);
        assertThat(usage.promptTokens()).isEqualTo(2200);
        assertThat(usage.completionTokens()).isEqualTo(800);
        double o4mini = (1200 * 1.10 + 300 * 4.40) / 1e6;
        double gpt41 = (1000 * 2.00 + 500 * 8.00) / 1e6;
        assertThat(usage.calls()).extracting(CallRecord::estimatedCostUsd)
                .satisfiesExactly(c -> assertThat(c).isCloseTo(o4mini, within(1e-12)),
                        c -> assertThat(c).isCloseTo(gpt41, within(1e-12)));
        assertThat(usage.estimatedCostUsd()).isCloseTo(o4mini + gpt41, within(1e-12));
        assertThat(usage.model()).hasValue("gpt-4.1");
        assertThat(meters.counter("askdb.llm.tokens", "provider", "openai", "model", "o4-mini", "kind", "prompt").count())
                .isEqualTo(1200);
        assertThat(meters.counter("askdb.llm.calls", "provider", "openai", "model", "gpt-4.1", "outcome", "success")
                .count()).isEqualTo(1);
        assertThat(meters.counter("askdb.llm.cost", "provider", "openai", "model", "gpt-4.1").count())
                .isCloseTo(gpt41, within(1e-12));
    }
}
