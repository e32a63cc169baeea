package io.askdb.llm;

import static io.askdb.llm.GatewayFixture.PIPELINE;

import io.askdb.config.LlmSettings;
import io.askdb.metrics.AskDbMeters;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;

/**
 * What gateway tests against the local chat-completions stub share: a fresh stub, a test clock,
 * meters and a usage per test, the gateway they build, and closing both afterwards.
 */
abstract class StubGatewayTest {

    static final String RANKING = "rank the top 10 products by revenue within each category";
    static final String LISTING = "list customers with their total order value";

    final OpenAiStubServer stub = OpenAiStubServer.start();
    final TestClock clock = new TestClock();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LlmUsage usage = new LlmUsage();
    LlmGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        stub.close();
    }

    LlmGateway gateway(GatewayFixture.Tuning tuning) {
        return gateway(GatewayFixture.openAi(stub.baseUrl()).withTuning(tuning.build()));
    }

    LlmGateway gateway(LlmSettings settings) {
        gateway = LlmGateway.builder(settings, PIPELINE).meters(AskDbMeters.publishingTo(meters)).clock(clock).build().orElseThrow();
        return gateway;
    }

    /** The complex model's reply for o4-mini, the fast model's for any other. */
    static Reply byModel(Recorded request, Reply complex, Reply fast) {
        return "o4-mini".equals(request.model()) ? complex : fast;
    }
}
