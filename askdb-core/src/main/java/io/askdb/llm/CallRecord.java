package io.askdb.llm;

import io.askdb.llm.LlmUnavailableException.Reason;
import java.time.Duration;
import java.util.Optional;

/**
 * One call to one model, including its retries.
 *
 * @param model the logical model name
 * @param provider {@code openai}, {@code azure} or {@code ollama}
 * @param promptTokens as the provider reported them; 0 when it did not
 * @param completionTokens as the provider reported them (reasoning tokens included); 0 when it did not
 * @param latency from the first attempt to the answer or the final failure
 * @param estimatedCostUsd from the price table; 0 for a model without a price
 * @param attempts requests sent (1 plus retries)
 * @param failure empty when the model answered
 */
public record CallRecord(
        String model,
        String provider,
        int promptTokens,
        int completionTokens,
        Duration latency,
        double estimatedCostUsd,
        int attempts,
        Optional<Reason> failure) {

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
