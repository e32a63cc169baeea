package io.askdb.bench.replay;

import io.askdb.bench.llmstub.ModelTable;
import io.askdb.bench.llmstub.StubCall;
import java.util.List;

/**
 * The LLM calls one question caused, as the stub served them, priced by the replay's model table
 * (the same prices for every contestant).
 *
 * @param modelMillis the models' time: waited for real, or to be added when the clock is virtual
 */
record Spend(int calls, long promptTokens, long completionTokens, double costUsd, double modelMillis, int unrecognized) {

    static Spend of(List<StubCall> calls, ModelTable models) {
        long prompt = 0;
        long completion = 0;
        double cost = 0;
        double millis = 0;
        int unrecognized = 0;
        for (StubCall call : calls) {
            prompt += call.promptTokens();
            completion += call.completionTokens();
            cost += models.get(call.model()).cost(call.promptTokens(), call.completionTokens());
            millis += call.latency().toNanos() / 1e6;
            unrecognized += call.recognized() ? 0 : 1;
        }
        return new Spend(calls.size(), prompt, completion, cost, millis, unrecognized);
    }
}
