package io.askdb.bench.llmstub;

import java.time.Duration;

/**
 * What one model costs in time and money in the replay.
 *
 * @param latency how long one call takes (the stub waits this long, or accounts it virtually)
 * @param inputPerMillion USD per million prompt tokens
 * @param outputPerMillion USD per million completion tokens
 */
public record ModelSpec(String name, Duration latency, double inputPerMillion, double outputPerMillion) {

    /** The reference call the per-question prices refer to: 1,000 prompt and 100 completion tokens. */
    public static final int REFERENCE_PROMPT_TOKENS = 1_000;

    public static final int REFERENCE_COMPLETION_TOKENS = 100;

    /** Completion tokens cost four times prompt tokens, as in OpenAI's list prices for both models. */
    static final double OUTPUT_TO_INPUT = 4.0;

    /**
     * Per-token prices that make the reference call cost {@code usdPerQuestion}: the design gives
     * prices per question ($0.002 for gpt-4.1, $0.008 for o4-mini), a real bill counts tokens.
     */
    public static ModelSpec calibrated(String name, Duration latency, double usdPerQuestion) {
        double input = usdPerQuestion * 1_000_000
                / (REFERENCE_PROMPT_TOKENS + OUTPUT_TO_INPUT * REFERENCE_COMPLETION_TOKENS);
        return new ModelSpec(name, latency, input, input * OUTPUT_TO_INPUT);
    }

    public double cost(long promptTokens, long completionTokens) {
        return (promptTokens * inputPerMillion + completionTokens * outputPerMillion) / 1_000_000;
    }
}
