package io.askdb.llm;

import io.askdb.config.LlmTuning;
import io.askdb.config.LlmTuning.Price;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * How one model is asked: the request parameters its kind accepts, its time limit and its price.
 * Reasoning models (the o-series, gpt-5, and any name in {@code ASKDB_REASONING_MODELS}) take
 * {@code max_completion_tokens} and reject a temperature; the others take {@code max_tokens} and a
 * temperature. {@code ASKDB_STANDARD_MODELS} overrides the name rule for a model that only looks
 * like a reasoning model. Names are matched whole and without regard to case, not by substring.
 *
 * @param model the logical name (what routing, prices and the response use)
 * @param wireName the name sent to the provider: the Azure deployment, otherwise the model
 */
record ModelProfile(
        String model,
        String wireName,
        boolean reasoning,
        int maxTokens,
        OptionalDouble temperature,
        Duration timeout,
        Optional<Price> price) {

    /** o1, o1-mini, o3, o3-mini, o4-mini, gpt-5, gpt-5-mini, and their dated snapshots. */
    private static final Pattern REASONING_FAMILY = Pattern.compile("(o\\d+|gpt-5)(-.*)?");
    private static final Pattern DATED_SNAPSHOT = Pattern.compile("-\\d{4}-\\d{2}-\\d{2}$");

    static ModelProfile of(String model, String wireName, LlmTuning tuning) {
        boolean reasoning = isReasoning(model, wireName, tuning);
        return new ModelProfile(
                model,
                wireName,
                reasoning,
                reasoning ? tuning.reasoningMaxTokens() : tuning.maxTokens(),
                reasoning ? OptionalDouble.empty() : OptionalDouble.of(tuning.temperature()),
                reasoning ? tuning.reasoningTimeout() : tuning.timeout(),
                price(model, tuning));
    }

    static boolean isReasoning(String model, String wireName, LlmTuning tuning) {
        String name = model.toLowerCase(Locale.ROOT);
        String wire = wireName.toLowerCase(Locale.ROOT);
        if (tuning.standardModels().contains(name) || tuning.standardModels().contains(wire)) {
            return false;
        }
        return tuning.reasoningModels().contains(name) || tuning.reasoningModels().contains(wire)
                || REASONING_FAMILY.matcher(name).matches();
    }

    /** The price of the model, or of the model it is a dated snapshot of ({@code gpt-4.1-2025-04-14}). */
    static Optional<Price> price(String model, LlmTuning tuning) {
        String name = model.toLowerCase(Locale.ROOT);
        Price exact = tuning.prices().get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(tuning.prices().get(DATED_SNAPSHOT.matcher(name).replaceFirst("")));
    }

    /** The estimated cost in USD; 0 for a model without a price (a local model, say). */
    double cost(long promptTokens, long completionTokens) {
        return price.map(p -> p.cost(promptTokens, completionTokens)).orElse(0.0);
    }
}
