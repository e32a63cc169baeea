package io.askdb.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The LLM layer's meters, per provider and model: {@code askdb.llm.calls} (tagged with the outcome),
 * {@code askdb.llm.tokens} (tagged prompt or completion), {@code askdb.llm.cost} in USD,
 * {@code askdb.llm.latency}, {@code askdb.llm.fallbacks}, {@code askdb.llm.downgrades} and the gauge
 * {@code askdb.llm.complex.inflight}.
 */
final class LlmMetrics {

    private final MeterRegistry registry;

    LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void call(CallRecord call) {
        String outcome = call.failure().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("success");
        Counter.builder("askdb.llm.calls").description("Calls to a model, by outcome")
                .tags("provider", call.provider(), "model", call.model(), "outcome", outcome)
                .register(registry).increment();
        Timer.builder("askdb.llm.latency").description("Time of a call to a model, retries included")
                .tags("provider", call.provider(), "model", call.model())
                .register(registry).record(call.latency());
        tokens(call, "prompt", call.promptTokens());
        tokens(call, "completion", call.completionTokens());
        Counter.builder("askdb.llm.cost").description("Estimated cost of model calls").baseUnit("usd")
                .tags("provider", call.provider(), "model", call.model())
                .register(registry).increment(call.estimatedCostUsd());
    }

    void skipped(String provider, String model) {
        Counter.builder("askdb.llm.calls")
                .tags("provider", provider, "model", model, "outcome", "circuit_open")
                .register(registry).increment();
    }

    void fallback(String from, String to) {
        Counter.builder("askdb.llm.fallbacks").description("Complex-model failures answered by the fast model")
                .tags("from", from, "to", to).register(registry).increment();
    }

    void downgraded(String model) {
        Counter.builder("askdb.llm.downgrades").description("Complex questions sent to the fast model under load")
                .tags("model", model).register(registry).increment();
    }

    void complexInFlight(IntSupplier inFlight) {
        Gauge.builder("askdb.llm.complex.inflight", inFlight, IntSupplier::getAsInt)
                .description("Calls to the complex model in flight").strongReference(true).register(registry);
    }

    private void tokens(CallRecord call, String kind, int count) {
        Counter.builder("askdb.llm.tokens").description("Tokens reported by the provider")
                .tags("provider", call.provider(), "model", call.model(), "kind", kind)
                .register(registry).increment(count);
    }
}
