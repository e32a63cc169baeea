package io.askdb.llm;

import static io.askdb.llm.GatewayFixture.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.askdb.api.ErrorCode;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fallback, circuit breaker, retries, time limits, unreadable answers and load-based downgrade, through
 * the real LangChain4j OpenAI client against a local chat-completions server.
 */
class LlmGatewayResilienceTest extends StubGatewayTest {

    @Test
    void should_fall_back_to_the_fast_model_when_the_complex_model_fails() {
        gateway(fast().maxRetries(1));
        stub.otherwise(r -> byModel(r, Reply.status(500), Reply.chat("SELECT 2", 20, 4)));

        LlmReply reply = gateway.ask(gateway.route(RANKING), "", RANKING, usage);

        assertThat(stub.requests()).extracting(Recorded::model).containsExactly("o4-mini", "o4-mini", "gpt-4.1");
        assertThat(reply.text()).isEqualTo("SELECT 2");
        assertThat(reply.model()).isEqualTo("gpt-4.1");
        assertThat(reply.fellBack()).isTrue();
        assertThat(reply.note()).startsWith("o4-mini answered HTTP 500").endsWith("; answered by gpt-4.1");
        assertThat(usage.calls()).extracting(CallRecord::model, CallRecord::attempts, CallRecord::failure)
                .containsExactly(
                        tuple("o4-mini", 2, Optional.of(Reason.SERVER_ERROR)),
                        tuple("gpt-4.1", 1, Optional.empty()));
        assertThat(usage.model()).hasValue("gpt-4.1");
        assertThat(meters.counter("askdb.llm.fallbacks", "from", "o4-mini", "to", "gpt-4.1").count()).isEqualTo(1);
    }

    @Test
    void should_fall_back_when_the_complex_model_answers_garbage() {
        gateway(fast());
        stub.otherwise(r -> byModel(r, Reply.garbage(), Reply.chat("SELECT 3", 5, 5)));

        LlmReply reply = gateway.ask(gateway.route(RANKING), "", RANKING, usage);

        assertThat(reply.text()).isEqualTo("SELECT 3");
        assertThat(reply.fellBack()).isTrue();
        assertThat(usage.calls().get(0).failure()).hasValue(Reason.MALFORMED_RESPONSE);
    }

    @Test
    void should_hand_over_with_llm_unavailable_when_the_fast_model_fails() {
        gateway(fast());
        stub.otherwise(r -> Reply.status(503));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        gateway.endpoint(false).retry().getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.route(LISTING), "", LISTING, usage));

        assertThat(e.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
        assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(e.model()).isEqualTo("gpt-4.1");
        assertThat(e.getMessage()).startsWith("gpt-4.1 answered HTTP 503").contains("3 attempt(s)");
        assertThat(stub.requestCount()).isEqualTo(3);
        assertThat(waits).as("exponential backoff from 1 ms").containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
    }

    @Test
    void should_tell_both_failures_when_the_complex_and_the_fast_model_fail() {
        gateway(fast().maxRetries(0));
        stub.otherwise(r -> byModel(r, Reply.status(500), Reply.status(401)));

        assertThatThrownBy(() -> gateway.ask(gateway.route(RANKING), "", RANKING, usage))
                .isInstanceOfSatisfying(LlmUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("o4-mini answered HTTP 500").contains("; then gpt-4.1 answered HTTP 401");
                });
        assertThat(usage.llmCalls()).isEqualTo(2);
    }

    @Test
    void should_open_the_circuit_after_repeated_failures_and_skip_the_model_without_a_request() {
        gateway(fast().maxRetries(0).breakerFailures(3));
        stub.otherwise(r -> Reply.status(500));
        RoutingDecision route = gateway.fastRoute("test");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> gateway.ask(route, "", "q", usage))
                    .extracting(e -> ((LlmUnavailableException) e).reason()).isEqualTo(Reason.SERVER_ERROR);
        }
        assertThatThrownBy(() -> gateway.ask(route, "", "q", usage))
                .isInstanceOfSatisfying(LlmUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CIRCUIT_OPEN);
                    assertThat(e.retryable()).isTrue();
                });

        assertThat(stub.requestCount()).isEqualTo(3);
        assertThat(usage.llmCalls()).as("a skipped model is not a call").isEqualTo(3);
        assertThat(gateway.endpoint(false).breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void should_close_the_circuit_again_after_a_successful_trial_call() {
        gateway(fast().maxRetries(0).breakerFailures(2));
        stub.enqueue(Reply.status(502), Reply.status(502));
        RoutingDecision route = gateway.fastRoute("test");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> gateway.ask(route, "", "q", usage)).isInstanceOf(LlmUnavailableException.class);
        }
        assertThatThrownBy(() -> gateway.ask(route, "", "q", usage))
                .extracting(e -> ((LlmUnavailableException) e).reason()).isEqualTo(Reason.CIRCUIT_OPEN);

        clock.advance(Duration.ofSeconds(31));
        LlmReply reply = gateway.ask(route, "", "q", usage);

        assertThat(reply.text()).isEqualTo("SELECT 1");
        assertThat(gateway.endpoint(false).breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(stub.requestCount()).isEqualTo(3);
    }

    @Test
    void should_reopen_the_circuit_when_the_trial_call_fails() {
        gateway(fast().maxRetries(0).breakerFailures(2));
        stub.otherwise(r -> Reply.status(500));
        RoutingDecision route = gateway.fastRoute("test");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> gateway.ask(route, "", "q", usage)).isInstanceOf(LlmUnavailableException.class);
        }

        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> gateway.ask(route, "", "q", usage))
                .extracting(e -> ((LlmUnavailableException) e).reason()).isEqualTo(Reason.SERVER_ERROR);

        assertThat(gateway.endpoint(false).breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(stub.requestCount()).isEqualTo(3);
    }

    @Test
    void should_go_straight_to_the_fast_model_while_the_complex_models_circuit_is_open() {
        gateway(fast().maxRetries(0).breakerFailures(1));
        stub.otherwise(r -> byModel(r, Reply.status(500), Reply.chat("SELECT 4", 1, 1)));
        gateway.ask(gateway.route(RANKING), "", RANKING, usage);
        int complexRequests = (int) stub.requests().stream().filter(r -> "o4-mini".equals(r.model())).count();

        LlmReply reply = gateway.ask(gateway.route(RANKING), "", RANKING, usage);

        assertThat(complexRequests).isEqualTo(1);
        assertThat(stub.requests()).filteredOn(r -> "o4-mini".equals(r.model())).hasSize(1);
        assertThat(reply.fellBack()).isTrue();
        assertThat(reply.note()).contains("circuit is open");
    }

    @Test
    void should_retry_a_429_after_the_wait_the_provider_asks_for() {
        gateway(fast());
        stub.enqueue(Reply.status(429).withHeader("retry-after-ms", "40"), Reply.chat("SELECT 5", 3, 2));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        gateway.endpoint(false).retry().getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));

        LlmReply reply = gateway.ask(gateway.fastRoute("test"), "", "q", usage);

        assertThat(reply.text()).isEqualTo("SELECT 5");
        assertThat(reply.call().attempts()).isEqualTo(2);
        assertThat(stub.requestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(40));
    }

    @Test
    void should_not_retry_when_the_provider_asks_to_wait_longer_than_allowed() {
        gateway(fast().maxRetryWait(Duration.ofSeconds(5)));
        stub.otherwise(r -> Reply.status(429).withHeader("Retry-After", "120"));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"400, BAD_REQUEST", "401, AUTHENTICATION", "403, AUTHENTICATION", "404, MODEL_NOT_FOUND",
        "422, BAD_REQUEST"})
    void should_fail_at_once_without_retry_when_the_provider_refuses_the_request(int status, Reason reason) {
        gateway(fast());
        stub.otherwise(r -> Reply.status(status));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.retryable()).isFalse();
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void should_give_up_at_the_time_limit_when_no_answer_comes() {
        gateway(fast().timeout(Duration.ofMillis(300)));
        stub.enqueue(Reply.hang());

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).startsWith("gpt-4.1 did not answer in time");
        assertThat(stub.requestCount()).as("a timeout is not retried").isEqualTo(1);
        assertThat(usage.calls()).singleElement().extracting(CallRecord::failure)
                .isEqualTo(Optional.of(Reason.TIMEOUT));
    }

    static List<Arguments> malformedReplies() {
        return List.of(
                Arguments.of("not JSON", (Supplier<Reply>) Reply::garbage),
                Arguments.of("JSON cut short", (Supplier<Reply>) Reply::partialJson),
                Arguments.of("no choices", (Supplier<Reply>) Reply::emptyChoices));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedReplies")
    void should_report_an_unreadable_answer_as_malformed(String what, Supplier<Reply> reply) {
        gateway(fast());
        stub.otherwise(r -> reply.get());

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
        assertThat(e.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE);
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void should_treat_an_answer_without_text_as_empty() {
        gateway(fast());
        stub.otherwise(r -> Reply.chat("", 50, 4000));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.EMPTY_ANSWER);
        assertThat(usage.completionTokens()).as("the spent tokens are still accounted").isEqualTo(4000);
    }

    @Test
    void should_retry_a_refused_connection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        gateway(GatewayFixture.openAi("http://127.0.0.1:" + closedPort + "/v1").withTuning(fast().maxRetries(1).build()));

        LlmUnavailableException e = catchThrowableOfType(LlmUnavailableException.class,
                () -> gateway.ask(gateway.fastRoute("test"), "", "q", usage));

        assertThat(e.reason()).isEqualTo(Reason.CONNECTION);
        assertThat(usage.calls()).singleElement().extracting(CallRecord::attempts).isEqualTo(2);
    }

    @Test
    void should_downgrade_complex_questions_while_the_complex_model_is_at_its_bound() throws Exception {
        gateway(fast().complexMaxInFlight(1));
        CountDownLatch release = new CountDownLatch(1);
        stub.otherwise(r -> {
            if ("o4-mini".equals(r.model())) {
                awaitQuietly(release);
                return Reply.chat("SELECT 'complex'", 1, 1);
            }
            return Reply.chat("SELECT 'fast'", 1, 1);
        });
        RoutingDecision first = gateway.route(RANKING);
        CompletableFuture<LlmReply> inFlight = CompletableFuture.supplyAsync(
                () -> gateway.ask(first, "", RANKING, new LlmUsage()));
        stub.awaitRequest(1, Duration.ofSeconds(5));

        RoutingDecision second = gateway.route(RANKING);
        LlmReply raced = gateway.ask(first, "", RANKING, usage);
        double gauge = meters.get("askdb.llm.complex.inflight").gauge().value();
        release.countDown();

        assertThat(first.complex()).isTrue();
        assertThat(second.model()).isEqualTo("gpt-4.1");
        assertThat(second.complex()).isFalse();
        assertThat(second.downgraded()).isTrue();
        assertThat(second.reasoning()).contains("o4-mini has 1 calls in flight (ASKDB_COMPLEX_MAX_INFLIGHT)");
        assertThat(raced.text()).isEqualTo("SELECT 'fast'");
        assertThat(raced.fellBack()).isTrue();
        assertThat(raced.note()).contains("ASKDB_COMPLEX_MAX_INFLIGHT");
        assertThat(gauge).isEqualTo(1.0);
        assertThat(inFlight.get(5, TimeUnit.SECONDS).text()).isEqualTo("SELECT 'complex'");
        assertThat(gateway.route(RANKING).downgraded()).as("free again after the call").isFalse();
        assertThat(meters.counter("askdb.llm.downgrades", "model", "o4-mini").count()).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
