package io.askdb.llm;

import io.askdb.llm.ComplexityAnalyzer.Complexity;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Picks the fast or the complex model for a question: the seed's decision table on the complexity
 * score, its speed-priority override, and a downgrade to the fast model while the complex model
 * has as many calls in flight as it may.
 *
 * <pre>
 * speed priority ("urgent", "quick")  → fast model, confidence 0.85
 * score ≥ threshold and score ≥ 3     → complex model, confidence 0.95
 * score ≥ threshold                   → complex model, confidence 0.80
 * otherwise                           → fast model, confidence 0.85
 * </pre>
 *
 * The seed's threshold of 1 is {@code COMPLEXITY_THRESHOLD} here (1.5 by default, as in its sample
 * environment), so one aggregation or one join alone stays with the fast model, as the seed's
 * cost analysis routes "medium" questions.
 */
final class ModelRouter {

    static final double HIGH_SCORE = 3.0;
    static final double HIGH_CONFIDENCE = 0.95;
    static final double COMPLEX_CONFIDENCE = 0.80;
    static final double FAST_CONFIDENCE = 0.85;

    private final ComplexityAnalyzer analyzer = new ComplexityAnalyzer();
    private final double threshold;
    private final String fastModel;
    private final String complexModel;
    private final BooleanSupplier complexSaturated;
    private final int complexMaxInFlight;

    /**
     * @param complexSaturated true while the complex model has no free slot
     * @param complexMaxInFlight the bound behind {@code complexSaturated}, for the reasoning text
     */
    ModelRouter(double threshold, String fastModel, String complexModel, BooleanSupplier complexSaturated,
            int complexMaxInFlight) {
        this.threshold = threshold;
        this.fastModel = fastModel;
        this.complexModel = complexModel;
        this.complexSaturated = complexSaturated;
        this.complexMaxInFlight = complexMaxInFlight;
    }

    /** Reads the question's complexity first; callers that already have the reading pass it instead. */
    RoutingDecision route(String question) {
        return route(analyzer.analyze(question));
    }

    RoutingDecision route(Complexity c) {
        String scored = String.format(Locale.ROOT, "score %.1f %s threshold %.1f%s", c.score(),
                c.score() >= threshold ? "≥" : "<", threshold,
                c.indicators().isEmpty() ? "" : " " + c.indicators());
        if (c.speedPriority().isPresent()) {
            return new RoutingDecision(fastModel, false, FAST_CONFIDENCE,
                    "speed priority ('" + c.speedPriority().get() + "') overrides " + scored + ": fast model",
                    c.score(), c.indicators(), false);
        }
        if (c.score() < threshold) {
            return new RoutingDecision(fastModel, false, FAST_CONFIDENCE, scored + ": fast model", c.score(),
                    c.indicators(), false);
        }
        double confidence = c.score() >= HIGH_SCORE ? HIGH_CONFIDENCE : COMPLEX_CONFIDENCE;
        if (complexSaturated.getAsBoolean()) {
            return new RoutingDecision(fastModel, false, confidence,
                    scored + ": complex, but downgraded to the fast model because " + complexModel + " has "
                            + complexMaxInFlight + " calls in flight (ASKDB_COMPLEX_MAX_INFLIGHT)",
                    c.score(), c.indicators(), true);
        }
        return new RoutingDecision(complexModel, true, confidence, scored + ": complex model", c.score(),
                c.indicators(), false);
    }
}
