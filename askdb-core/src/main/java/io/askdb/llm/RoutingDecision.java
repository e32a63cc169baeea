package io.askdb.llm;

import java.util.List;

/**
 * Which model a question goes to, and why: shown in the response and written to the log.
 *
 * @param model the model to ask (the logical name, such as {@code gpt-4.1}, also on Azure)
 * @param complex whether that model is the complex (reasoning) model
 * @param confidence how sure the routing is, 0 to 1
 * @param reasoning one sentence a person can check
 * @param score the complexity score; 0 for a route chosen by the caller
 * @param indicators what raised or lowered the score, in words with their points ("3 tables +0.8")
 * @param downgraded a complex question sent to the fast model because the complex model was busy
 * @param difficulty the estimate the route was chosen by; null for a route chosen by the caller
 */
public record RoutingDecision(
        String model,
        boolean complex,
        double confidence,
        String reasoning,
        double score,
        List<String> indicators,
        boolean downgraded,
        Difficulty difficulty) {

    public RoutingDecision {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a routing decision needs a model");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        indicators = List.copyOf(indicators);
    }

    /** A route chosen by the caller, with no estimate behind it. */
    public RoutingDecision(String model, boolean complex, double confidence, String reasoning, double score,
            List<String> indicators, boolean downgraded) {
        this(model, complex, confidence, reasoning, score, indicators, downgraded, null);
    }
}
