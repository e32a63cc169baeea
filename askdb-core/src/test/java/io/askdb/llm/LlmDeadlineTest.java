package io.askdb.llm;

import static io.askdb.llm.GatewayFixture.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.askdb.api.Deadline;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A model call cut by the request's own deadline rather than by the model's time limit. */
class LlmDeadlineTest extends StubGatewayTest {

    @Test
    void should_give_up_at_the_request_deadline_and_not_count_it_against_the_model() {
        gateway(fast().timeout(Duration.ofSeconds(60)).breakerFailures(1));
        stub.enqueue(Reply.hang());

        LlmUnavailableException e;
        try (Deadline.Scope ignored = Deadline.enter(Deadline.in(Duration.ofMillis(300)))) {
            e = catchThrowableOfType(LlmUnavailableException.class,
                    () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));
        }

        assertThat(e.reason()).isEqualTo(Reason.DEADLINE);
        assertThat(e.getMessage()).contains("time limit of 300 ms");
        assertThat(stub.requestCount()).isEqualTo(1);
        assertThat(gateway.endpoint(false).breaker().getMetrics().getNumberOfFailedCalls())
                .as("the provider did nothing wrong").isZero();
        assertThat(gateway.endpoint(false).breaker().getState())
                .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
    }

    @Test
    void should_not_call_the_model_once_the_request_deadline_has_passed() {
        gateway(fast());
        Deadline passed = Deadline.in(Duration.ofNanos(1));
        while (!passed.passed()) {
            Thread.onSpinWait();
        }

        LlmUnavailableException e;
        try (Deadline.Scope ignored = Deadline.enter(passed)) {
            e = catchThrowableOfType(LlmUnavailableException.class,
                    () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));
        }

        assertThat(e.reason()).isEqualTo(Reason.DEADLINE);
        assertThat(stub.requestCount()).isZero();
    }
}
