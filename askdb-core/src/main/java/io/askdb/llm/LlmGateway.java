package io.askdb.llm;

import static java.util.Objects.requireNonNull;

import com.azure.core.http.HttpClient;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.askdb.config.LlmSettings;
import io.askdb.config.LlmTuning;
import io.askdb.config.PipelineSettings;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.askdb.metrics.AskDbMeters;
import io.askdb.metrics.LlmMeters;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM layer as the orchestration tier sees it: route a question to the fast or the complex
 * model, then ask. A failing complex model falls back to the fast model; a failing fast model
 * throws {@link LlmUnavailableException} (code {@code LLM_UNAVAILABLE}), so the pipeline hands the
 * question to the next tier. Every call is recorded in the request's {@link LlmUsage}.
 *
 * <pre>{@code
 * Optional<LlmGateway> llm = LlmGateway.create(config.llm(), config.pipeline(), meters);
 * RoutingDecision route = gateway.route(question);          // logged; show it in the response
 * LlmReply reply = gateway.ask(route, systemPrompt, userPrompt, usage);
 * }</pre>
 *
 * <p>Concurrency: one gateway serves all requests. Per-model state (circuit breakers, retries)
 * lives in thread-safe Resilience4j objects; the complex model's in-flight bound is a
 * Resilience4j bulkhead that {@link #route} reads and {@link #ask} acquires without waiting.
 * Calls run on the gateway's own daemon threads so they can be cut off at their time limit;
 * {@link #close()} stops them.
 */
public final class LlmGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);

    private final String provider;
    private final ModelEndpoint fast;
    private final ModelEndpoint complex;
    private final Bulkhead complexSlots;
    private final int complexMaxInFlight;
    private final ModelRouter router;
    private final LlmMeters meters;
    private final ExecutorService executor;

    private LlmGateway(Builder b) {
        LlmSettings s = b.settings;
        LlmTuning tuning = s.tuning();
        this.provider = s.provider().name().toLowerCase(Locale.ROOT);
        this.meters = (b.meters == null ? new AskDbMeters() : b.meters).llm();
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        ChatModelFactory factory = new ChatModelFactory(s, Optional.ofNullable(b.azureHttpClient));
        this.fast = endpoint(factory, s.defaultModel(), false, tuning, b.clock);
        this.complex = s.complexModel().equalsIgnoreCase(s.defaultModel())
                ? fast
                : endpoint(factory, s.complexModel(), true, tuning, b.clock);
        this.complexMaxInFlight = tuning.complexMaxInFlight();
        this.complexSlots = Bulkhead.of(provider + ":" + s.complexModel(), BulkheadConfig.custom()
                .maxConcurrentCalls(complexMaxInFlight)
                .maxWaitDuration(Duration.ZERO)
                .build());
        meters.bindComplexInFlight(() -> complexMaxInFlight - complexSlots.getMetrics().getAvailableConcurrentCalls());
        this.router = new ModelRouter(b.pipeline.complexityThreshold(), s.defaultModel(), s.complexModel(),
                () -> complexSlots.getMetrics().getAvailableConcurrentCalls() == 0, complexMaxInFlight);
        LOG.info("LLM provider {}: fast model {} ({}), complex model {} ({})", provider, s.defaultModel(),
                describe(fast.profile()), s.complexModel(), describe(complex.profile()));
    }

    /**
     * The gateway for the configured provider, or empty for {@code LLM_PROVIDER=none}: then nothing
     * is built and nothing connects. Building connects to nothing either; the first call does.
     *
     * @param meters where the per-model meters go; null keeps them private
     */
    public static Optional<LlmGateway> create(LlmSettings llm, PipelineSettings pipeline, AskDbMeters meters) {
        return builder(llm, pipeline).meters(meters).build();
    }

    /** For tests in this package: the same gateway with a clock and an Azure HTTP client of their own. */
    static Builder builder(LlmSettings llm, PipelineSettings pipeline) {
        return new Builder(llm, pipeline);
    }

    /** Routes a question by its complexity and the complex model's load; the decision is logged. */
    public RoutingDecision route(String question) {
        requireNonNull(question, "question");
        return logged(router.route(question));
    }

    /**
     * Routes by a complexity reading the caller already made of the question (the pipeline reads each
     * question once and shows the same reading in the response).
     */
    public RoutingDecision route(ComplexityAnalyzer.Complexity complexity) {
        requireNonNull(complexity, "complexity");
        return logged(router.route(Difficulty.ofKeywords(complexity)));
    }

    /** Routes by the caller's difficulty estimate (the pipeline's, from the offline reading of the question). */
    public RoutingDecision route(Difficulty difficulty) {
        requireNonNull(difficulty, "difficulty");
        return logged(router.route(difficulty));
    }

    private RoutingDecision logged(RoutingDecision decision) {
        if (decision.downgraded()) {
            meters.downgraded(complex.profile().model());
        }
        LOG.info("route: model={} complex={} confidence={} downgraded={}: {}", decision.model(), decision.complex(),
                decision.confidence(), decision.downgraded(), decision.reasoning());
        return decision;
    }

    /** A route to the fast model chosen by the caller (orchestration steps, one half of an ensemble). */
    public RoutingDecision fastRoute(String reason) {
        return new RoutingDecision(fast.profile().model(), false, 1.0, reason, 0, List.of(), false);
    }

    /** A route to the complex model chosen by the caller (the other half of an ensemble). */
    public RoutingDecision complexRoute(String reason) {
        return new RoutingDecision(complex.profile().model(), true, 1.0, reason, 0, List.of(), false);
    }

    /**
     * Asks the route's model. A complex route that fails, or finds the complex model at its
     * in-flight bound, is answered by the fast model ({@link LlmReply#fellBack()}).
     *
     * @param route a decision of this gateway ({@link #route}, {@link #fastRoute}, {@link #complexRoute})
     * @param systemPrompt may be blank, then only the user message is sent
     * @param usage receives one {@link CallRecord} per model called
     * @throws LlmUnavailableException when no model answered
     * @throws IllegalArgumentException when the route names a model this gateway does not serve
     */
    public LlmReply ask(RoutingDecision route, String systemPrompt, String userPrompt, LlmUsage usage) {
        requireNonNull(route, "route");
        requireNonNull(userPrompt, "userPrompt");
        requireNonNull(usage, "usage");
        String expected = route.complex() ? complex.profile().model() : fast.profile().model();
        if (!route.model().equals(expected)) {
            throw new IllegalArgumentException("the route names " + route.model() + " as the "
                    + (route.complex() ? "complex" : "fast") + " model; this gateway's is " + expected);
        }
        List<ChatMessage> messages = new ArrayList<>(2);
        if (systemPrompt != null && !systemPrompt.isBlank()) {
            messages.add(SystemMessage.from(systemPrompt));
        }
        messages.add(UserMessage.from(userPrompt));
        if (!route.complex() || complex == fast) {
            return reply(fast.ask(messages, usage), false, "");
        }
        if (!complexSlots.tryAcquirePermission()) {
            meters.downgraded(complex.profile().model());
            return fallBack(messages, usage, complex.profile().model() + " had " + complexMaxInFlight
                    + " calls in flight (ASKDB_COMPLEX_MAX_INFLIGHT)", null);
        }
        ModelEndpoint.Answer answer;
        try {
            answer = complex.ask(messages, usage);
        } catch (LlmUnavailableException e) {
            meters.fallback(complex.profile().model(), fast.profile().model());
            return fallBack(messages, usage, e.getMessage(), e);
        } finally {
            complexSlots.onComplete();
        }
        return reply(answer, false, "");
    }

    private LlmReply fallBack(List<ChatMessage> messages, LlmUsage usage, String why, LlmUnavailableException cause) {
        LOG.warn("falling back to {}: {}", fast.profile().model(), why);
        try {
            return reply(fast.ask(messages, usage), true, why + "; answered by " + fast.profile().model());
        } catch (LlmUnavailableException e) {
            if (cause != null) {
                e.addSuppressed(cause);
            }
            throw e.withMessage(why + "; then " + e.getMessage());
        }
    }

    private static LlmReply reply(ModelEndpoint.Answer answer, boolean fellBack, String note) {
        return new LlmReply(answer.text(), answer.call().model(), fellBack, note, answer.call());
    }

    /** The provider, as in {@code LLM_PROVIDER}. */
    public String provider() {
        return provider;
    }

    public String fastModel() {
        return fast.profile().model();
    }

    public String complexModel() {
        return complex.profile().model();
    }

    /** Stops the call threads; calls in progress are interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    ModelEndpoint endpoint(boolean complexRole) {
        return complexRole ? complex : fast;
    }

    private ModelEndpoint endpoint(ChatModelFactory factory, String model, boolean complexRole, LlmTuning tuning,
            Clock clock) {
        ModelProfile profile = ModelProfile.of(model, factory.wireName(model, complexRole), tuning);
        return new ModelEndpoint(provider, profile, factory.build(profile), tuning, clock, executor, meters);
    }

    private static String describe(ModelProfile p) {
        String params = p.reasoning()
                ? "reasoning: max_completion_tokens " + p.maxTokens() + ", no temperature"
                : "max_tokens " + p.maxTokens() + ", temperature " + p.temperature().getAsDouble();
        return (p.wireName().equals(p.model()) ? "" : "deployment " + p.wireName() + ", ") + params
                + ", time limit " + p.timeout().toSeconds() + " s";
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "askdb-llm-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Wiring with test seams; {@link #create} is the public way in. */
    static final class Builder {
        private final LlmSettings settings;
        private final PipelineSettings pipeline;
        private AskDbMeters meters;
        private Clock clock = Clock.systemUTC();
        private HttpClient azureHttpClient;

        private Builder(LlmSettings settings, PipelineSettings pipeline) {
            this.settings = requireNonNull(settings, "settings");
            this.pipeline = requireNonNull(pipeline, "pipeline");
        }

        Builder meters(AskDbMeters value) {
            this.meters = value;
            return this;
        }

        /** The clock the circuit breakers measure their open time with. */
        Builder clock(Clock newClock) {
            this.clock = requireNonNull(newClock, "clock");
            return this;
        }

        /** Replaces the Azure SDK's HTTP client (a test trusting a local certificate). */
        Builder azureHttpClient(HttpClient client) {
            this.azureHttpClient = client;
            return this;
        }

        private static final java.util.concurrent.atomic.AtomicBoolean NONE_REPORTED =
                new java.util.concurrent.atomic.AtomicBoolean();

        Optional<LlmGateway> build() {
            if (!settings.enabled()) {
                // Said once per process: eval opens one instance per database and would repeat it for each.
                if (NONE_REPORTED.compareAndSet(false, true)) {
                    LOG.info("no LLM provider configured (LLM_PROVIDER=none): the orchestration tier is skipped");
                }
                return Optional.empty();
            }
            return Optional.of(new LlmGateway(this));
        }
    }
}
