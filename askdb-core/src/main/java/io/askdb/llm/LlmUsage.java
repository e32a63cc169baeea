package io.askdb.llm;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one request spent on models: every call, and the totals a response reports. One instance
 * per request; safe to share between threads of that request (both models of an ensemble), as
 * calls are appended to a concurrent list and totals are computed when read.
 */
public final class LlmUsage {

    private final List<CallRecord> calls = new CopyOnWriteArrayList<>();

    public void record(CallRecord call) {
        calls.add(call);
    }

    /** Every call in the order made, failed ones included. */
    public List<CallRecord> calls() {
        return List.copyOf(calls);
    }

    /** Calls that sent at least one request; a skipped model (open circuit) is not a call. */
    public int llmCalls() {
        return calls.size();
    }

    public long promptTokens() {
        return calls.stream().mapToLong(CallRecord::promptTokens).sum();
    }

    public long completionTokens() {
        return calls.stream().mapToLong(CallRecord::completionTokens).sum();
    }

    public double estimatedCostUsd() {
        return calls.stream().mapToDouble(CallRecord::estimatedCostUsd).sum();
    }

    /** The model of the last call that answered: what the response names as {@code model}. */
    public Optional<String> model() {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).succeeded()) {
                return Optional.of(calls.get(i).model());
            }
        }
        return Optional.empty();
    }
}
