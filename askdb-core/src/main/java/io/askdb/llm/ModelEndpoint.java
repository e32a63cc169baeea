package io.askdb.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.askdb.api.Deadline;
import io.askdb.config.LlmTuning;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.metrics.LlmMeters;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One model of one provider behind Resilience4j: retry around a circuit breaker around a time
 * limit around the LangChain4j call, in Resilience4j's recommended order.
 *
 * <ul>
 *   <li>Each attempt runs on the gateway's executor and is cancelled (interrupted) at the model's
 *       time limit.
 *   <li>The breaker counts attempts. It opens after {@code breakerFailures} consecutive failures
 *       that {@linkplain Reason#countsTowardsBreaker() count}, then rejects calls at once, with no
 *       request sent, until {@code breakerOpenDuration} has passed on the injected clock; one trial
 *       call then closes or reopens it.
 *   <li>Only {@linkplain Reason#retriedAtOnce() retryable} failures are retried, after the wait the
 *       provider asked for (Retry-After) or an exponential backoff; a provider asking for more than
 *       {@code maxRetryWait} is not retried, the question goes on to the fallback at once.
 * </ul>
 *
 * <p>Concurrency: shared by all requests. The breaker, retry and time limiter are thread-safe
 * Resilience4j objects; everything else is immutable.
 */
final class ModelEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ModelEndpoint.class);

    private final String provider;
    private final ModelProfile profile;
    private final ChatModel chatModel;
    private final ExecutorService executor;
    private final LlmMeters meters;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;

    ModelEndpoint(String provider, ModelProfile profile, ChatModel chatModel, LlmTuning tuning, Clock clock,
            ExecutorService executor, LlmMeters meters) {
        this.provider = provider;
        this.profile = profile;
        this.chatModel = chatModel;
        this.executor = executor;
        this.meters = meters;
        String name = provider + ":" + profile.model();
        this.breaker = CircuitBreaker.of(name, breakerConfig(tuning, clock));
        this.retry = Retry.of(name, retryConfig(tuning));
        this.timeLimiter = TimeLimiter.of(name, TimeLimiterConfig.custom()
                .timeoutDuration(profile.timeout())
                .cancelRunningFuture(true)
                .build());
        meters.bindCircuit(provider, profile.model(), this::circuitState);
    }

    /** The breaker's state as a number that grows with trouble: 0 closed, 1 half-open, 2 open. */
    private int circuitState() {
        return switch (breaker.getState()) {
            case HALF_OPEN -> 1;
            case OPEN, FORCED_OPEN -> 2;
            default -> 0;
        };
    }

    static CircuitBreakerConfig breakerConfig(LlmTuning tuning, Clock clock) {
        Predicate<Throwable> counts = t -> t instanceof LlmUnavailableException e && e.reason().countsTowardsBreaker();
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(tuning.breakerFailures())
                .minimumNumberOfCalls(tuning.breakerFailures())
                .failureRateThreshold(100)
                .waitDurationInOpenState(tuning.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(counts)
                .ignoreException(counts.negate())
                .clock(clock)
                .build();
    }

    static RetryConfig retryConfig(LlmTuning tuning) {
        Duration maxWait = tuning.maxRetryWait();
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            Optional<Duration> asked = outcome.isLeft() && outcome.getLeft() instanceof LlmUnavailableException e
                    ? e.retryAfter()
                    : Optional.empty();
            long backoff = tuning.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
            // Never pause past the request's deadline: the next attempt then gives up at once.
            return Math.min(Math.min(asked.map(Duration::toMillis).orElse(backoff), maxWait.toMillis()),
                    Deadline.current().cap(maxWait).toMillis());
        };
        return RetryConfig.custom()
                .maxAttempts(1 + tuning.maxRetries())
                .retryOnException(t -> t instanceof LlmUnavailableException e
                        && e.reason().retriedAtOnce()
                        && e.retryAfter().map(d -> d.compareTo(maxWait) <= 0).orElse(true))
                .intervalBiFunction(interval)
                .build();
    }

    /** A completed call: the text and its accounting. */
    record Answer(String text, CallRecord call) {}

    /**
     * Asks the model and records the call in {@code usage}, whether it answered or not.
     *
     * @throws LlmUnavailableException when the model did not answer, after any retries
     */
    Answer ask(List<ChatMessage> messages, LlmUsage usage) {
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        AtomicInteger attempts = new AtomicInteger();
        // Tokens of every attempt that got an answer, an empty one included: they are billed.
        AtomicReference<TokenUsage> spent = new AtomicReference<>(new TokenUsage(0, 0));
        Supplier<ChatResponse> attempt = () -> {
            attempts.incrementAndGet();
            return attempt(request, spent);
        };
        Supplier<ChatResponse> guarded =
                Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, attempt));
        long started = System.nanoTime();
        try {
            ChatResponse response = guarded.get();
            int prompt = spent.get().inputTokenCount();
            int completion = spent.get().outputTokenCount();
            CallRecord call = new CallRecord(profile.model(), provider, prompt, completion, elapsed(started),
                    profile.cost(prompt, completion), attempts.get(), Optional.empty());
            usage.record(call);
            report(call);
            LOG.debug("{} {} answered: {} + {} tokens, {} ms, {} attempt(s)", provider, profile.model(), prompt,
                    completion, call.latency().toMillis(), call.attempts());
            return new Answer(response.aiMessage().text(), call);
        } catch (RuntimeException e) {
            LlmUnavailableException failure = ProviderErrors.translate(e, profile.model());
            if (attempts.get() == 0) {
                meters.refusedByCircuit(provider, profile.model());
                LOG.info("{} {} skipped: circuit open", provider, profile.model());
                throw failure;
            }
            int prompt = spent.get().inputTokenCount();
            int completion = spent.get().outputTokenCount();
            CallRecord call = new CallRecord(profile.model(), provider, prompt, completion, elapsed(started),
                    profile.cost(prompt, completion), attempts.get(), Optional.of(failure.reason()));
            usage.record(call);
            report(call);
            String message = failure.getMessage() + " (" + attempts.get() + " attempt(s) in "
                    + call.latency().toMillis() + " ms, " + failure.reason() + ")";
            LOG.warn("{} {} failed: {}", provider, profile.model(), message);
            throw failure.withMessage(message);
        }
    }

    /** One request, cancelled at the time limit; every failure leaves here translated. */
    private ChatResponse attempt(ChatRequest request, AtomicReference<TokenUsage> spent) {
        ChatResponse response;
        Deadline deadline = Deadline.current();
        Duration limit = deadline.cap(profile.timeout());
        boolean cutByDeadline = limit.compareTo(profile.timeout()) < 0;
        if (limit.isZero()) {
            throw new LlmUnavailableException(Reason.DEADLINE, profile.model(), 0, Optional.empty(),
                    "the request's time limit of " + deadline.limit().toMillis() + " ms ran out before "
                            + profile.model() + " could be asked", null);
        }
        try {
            TimeLimiter limiter = cutByDeadline
                    ? TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(limit).cancelRunningFuture(true).build())
                    : timeLimiter;
            response = limiter.executeFutureSupplier(() -> executor.submit(() -> chatModel.chat(request)));
        } catch (java.util.concurrent.TimeoutException e) {
            if (cutByDeadline) {
                throw new LlmUnavailableException(Reason.DEADLINE, profile.model(), 0, Optional.empty(),
                        profile.model() + " had not answered when the request's time limit of "
                                + deadline.limit().toMillis() + " ms ran out", e);
            }
            throw ProviderErrors.translate(e, profile.model());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException(Reason.TIMEOUT, profile.model(), 0, Optional.empty(),
                    "interrupted while waiting for " + profile.model(), e);
        } catch (Exception e) {
            throw ProviderErrors.translate(e, profile.model());
        }
        TokenUsage tokens = response.tokenUsage();
        if (tokens != null) {
            spent.accumulateAndGet(new TokenUsage(orZero(tokens.inputTokenCount()), orZero(tokens.outputTokenCount())),
                    TokenUsage::add);
        }
        AiMessage message = response.aiMessage();
        if (message == null || message.text() == null || message.text().isBlank()) {
            throw new LlmUnavailableException(Reason.EMPTY_ANSWER, profile.model(), 0, Optional.empty(),
                    profile.model() + " answered without text (finish reason " + response.finishReason() + ")", null);
        }
        return response;
    }

    private void report(CallRecord call) {
        String outcome = call.failure().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("success");
        meters.call(provider, call.model(), outcome, call.latency(), call.promptTokens(), call.completionTokens(),
                call.estimatedCostUsd());
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    ModelProfile profile() {
        return profile;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Retry retry() {
        return retry;
    }
}
