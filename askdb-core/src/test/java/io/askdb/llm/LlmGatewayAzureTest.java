package io.askdb.llm;

import static io.askdb.llm.GatewayFixture.PIPELINE;
import static io.askdb.llm.GatewayFixture.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.config.LlmSettings;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway through the real LangChain4j Azure client (Azure SDK, Netty underneath) against a
 * local HTTPS server: the Azure client refuses to send a key over plain HTTP, so the stub has a
 * self-signed certificate that only this test's HTTP client trusts.
 */
class LlmGatewayAzureTest {

    private static final String RANKING = "rank the top 10 products by revenue within each category";

    private final OpenAiStubServer stub = OpenAiStubServer.startHttps();
    private final LlmUsage usage = new LlmUsage();
    private LlmGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        stub.close();
    }

    private LlmGateway gateway(Map<String, String> extraEnv) throws SSLException {
        Map<String, String> env = new HashMap<>(Map.of(
                "LLM_PROVIDER", "azure",
                "AZURE_OPENAI_ENDPOINT", stub.origin(),
                "AZURE_OPENAI_API_KEY", "azure-key",
                "AZURE_OPENAI_GPT41_DEPLOYMENT", "gpt41-prod",
                "AZURE_OPENAI_O4MINI_DEPLOYMENT", "o4mini-prod"));
        env.putAll(extraEnv);
        LlmSettings settings = GatewayFixture.settings(env).withTuning(fast().build());
        gateway = LlmGateway.builder(settings, PIPELINE).azureHttpClient(trustingStub()).build().orElseThrow();
        return gateway;
    }

    private static HttpClient trustingStub() throws SSLException {
        SslContext tls = SslContextBuilder.forClient().trustManager(OpenAiStubServer.certificate()).build();
        return new NettyAsyncHttpClientBuilder(
                        reactor.netty.http.client.HttpClient.create().secure(spec -> spec.sslContext(tls)))
                .build();
    }

    @Test
    void should_send_a_complex_question_to_the_complex_deployment_with_key_and_api_version() throws Exception {
        gateway(Map.of("AZURE_OPENAI_API_VERSION", "2024-06-01"));
        stub.otherwise(r -> Reply.chat("SELECT TOP 10 1", 321, 45));

        LlmReply reply = gateway.ask(gateway.route(RANKING), "You write T-SQL.", RANKING, usage);

        Recorded sent = stub.lastRequest();
        JsonNode body = sent.json();
        assertThat(sent.path()).isEqualTo("/openai/deployments/o4mini-prod/chat/completions");
        assertThat(sent.query()).contains("api-version=2024-06-01");
        assertThat(sent.header("api-key")).isEqualTo("azure-key");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(4000);
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(reply.text()).isEqualTo("SELECT TOP 10 1");
        assertThat(reply.model()).as("the logical name, not the deployment").isEqualTo("o4-mini");
        assertThat(usage.promptTokens()).isEqualTo(321);
        assertThat(usage.completionTokens()).isEqualTo(45);
        assertThat(reply.call().provider()).isEqualTo("azure");
    }

    @Test
    void should_refuse_an_api_version_the_client_does_not_know() {
        assertThatThrownBy(() -> gateway(Map.of("AZURE_OPENAI_API_VERSION", "2099-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("AZURE_OPENAI_API_VERSION must be one of [")
                .hasMessageContaining("2024-06-01")
                .hasMessageEndingWith("was '2099-01-01'");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void should_send_a_simple_question_to_the_fast_deployment_with_max_tokens_and_temperature() throws Exception {
        gateway(Map.of());

        gateway.ask(gateway.route("list customers with their total order value"), "", "q", usage);

        Recorded sent = stub.lastRequest();
        JsonNode body = sent.json();
        assertThat(sent.path()).isEqualTo("/openai/deployments/gpt41-prod/chat/completions");
        assertThat(sent.query()).as("the client's own api-version").startsWith("api-version=");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1000);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void should_honour_retry_after_from_azure_and_retry_only_once_ourselves() throws Exception {
        gateway(Map.of());
        stub.enqueue(Reply.status(429).withHeader("retry-after-ms", "30"), Reply.chat("SELECT 1", 1, 1));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        gateway.endpoint(false).retry().getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));

        LlmReply reply = gateway.ask(gateway.fastRoute("test"), "", "q", usage);

        assertThat(reply.text()).isEqualTo("SELECT 1");
        assertThat(stub.requestCount()).as("the Azure SDK's own retries are off").isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(30));
    }

    @Test
    void should_not_retry_a_rejected_key() throws Exception {
        gateway(Map.of());
        stub.otherwise(r -> Reply.status(401));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION);
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void should_fall_back_from_the_complex_to_the_fast_deployment_after_a_server_error() throws Exception {
        gateway(Map.of());
        stub.otherwise(r -> r.path().contains("o4mini-prod") ? Reply.status(500) : Reply.chat("SELECT 2", 2, 2));

        LlmReply reply = gateway.ask(gateway.route(RANKING), "", RANKING, usage);

        assertThat(reply.fellBack()).isTrue();
        assertThat(reply.model()).isEqualTo("gpt-4.1");
        assertThat(stub.requests()).extracting(Recorded::model)
                .containsExactly("o4mini-prod", "o4mini-prod", "o4mini-prod", "gpt41-prod");
    }
}
