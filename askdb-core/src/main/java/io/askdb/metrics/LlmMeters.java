package io.askdb.metrics;

import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * What the LLM layer reports, per provider and model: each call with its outcome, tokens, cost and
 * latency; calls refused by an open circuit; fallbacks and downgrades between the two models; the
 * complex model's calls in flight and each model's circuit breaker. Obtained from
 * {@link AskDbMeters#llm()}; public for wiring.
 */
public final class LlmMeters {

    private static final Duration[] NO_BUCKETS = {};

    private final AskDbMeters meters;

    LlmMeters(AskDbMeters meters) {
        this.meters = meters;
    }

    /**
     * One call to a model, retries included.
     *
     * @param outcome {@code success}, or the failure's reason in lower case ({@code timeout}, ...)
     * @param costUsd estimated from the price table; 0 for a model without a price
     */
    public void call(String provider, String model, String outcome, Duration latency, long promptTokens,
            long completionTokens, double costUsd) {
        meters.counter(MeterName.LLM_CALLS, provider, model, outcome).increment();
        meters.timer(MeterName.LLM_LATENCY, NO_BUCKETS, provider, model).record(latency);
        meters.counter(MeterName.LLM_TOKENS, provider, model, "prompt").increment(promptTokens);
        meters.counter(MeterName.LLM_TOKENS, provider, model, "completion").increment(completionTokens);
        meters.counter(MeterName.LLM_COST, provider, model).increment(costUsd);
    }

    /** A call the circuit breaker refused before sending anything. */
    public void refusedByCircuit(String provider, String model) {
        meters.counter(MeterName.LLM_CALLS, provider, model, "circuit_open").increment();
    }

    /** The complex model failed and the fast model answered instead. */
    public void fallback(String fromModel, String toModel) {
        meters.counter(MeterName.LLM_FALLBACKS, fromModel, toModel).increment();
    }

    /** A complex question went to the fast model because the complex one was at its limit. */
    public void downgraded(String model) {
        meters.counter(MeterName.LLM_DOWNGRADES, model).increment();
    }

    /** The complex model's calls in flight, read at each scrape. */
    public void bindComplexInFlight(IntSupplier inFlight) {
        meters.gauge(MeterName.LLM_COMPLEX_IN_FLIGHT, inFlight, IntSupplier::getAsInt);
    }

    /** A model's circuit breaker, read at each scrape: 0 closed, 1 half-open, 2 open. */
    public void bindCircuit(String provider, String model, IntSupplier state) {
        meters.gauge(MeterName.LLM_CIRCUIT_STATE, state, IntSupplier::getAsInt, provider, model);
    }
}
