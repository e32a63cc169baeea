package io.askdb.bench.replay;

import io.askdb.bench.llmstub.StubCall;
import java.util.List;

/**
 * The LLM calls one question caused, as the stub served them; the tally prices them with each
 * price table.
 *
 * @param modelMillis the models' time: waited for real, or to be added when the clock is virtual
 */
record Spend(List<StubCall> calls, long promptTokens, long completionTokens, double modelMillis, int unrecognized,
        int wrong) {

    static Spend of(List<StubCall> calls) {
        long prompt = 0;
        long completion = 0;
        double millis = 0;
        int unrecognized = 0;
        int wrong = 0;
        for (StubCall call : calls) {
            prompt += call.promptTokens();
            completion += call.completionTokens();
            millis += call.latency().toNanos() / 1e6;
            unrecognized += call.recognized() ? 0 : 1;
            wrong += call.wrong() ? 1 : 0;
        }
        return new Spend(List.copyOf(calls), prompt, completion, millis, unrecognized, wrong);
    }

    int callCount() {
        return calls.size();
    }
}
