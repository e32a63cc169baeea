package io.askdb.llm;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Picks the fast or the complex model for a question: the seed's decision table on the question's
 * {@link Difficulty} score (the pipeline's estimate from the offline reading, or the seed's keyword
 * score for a caller with only the text), its speed-priority override, and a downgrade to the fast
 * model while the complex model has as many calls in flight as it may.
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

    /** Routes by the seed's keyword score alone: for callers that have only the question's text. */
    RoutingDecision route(String question) {
        return route(Difficulty.ofKeywords(analyzer.analyze(question)));
    }

    RoutingDecision route(Difficulty d) {
        String scored = d.explained() + String.format(Locale.ROOT, " → %.1f %s %.1f", d.score(),
                d.score() >= threshold ? "≥" : "<", threshold);
        List<String> parts = d.parts().stream()
                .map(p -> String.format(Locale.ROOT, "%s %+.1f", p.reading(), p.points())).toList();
        if (d.speedPriority().isPresent()) {
            return new RoutingDecision(fastModel, false, FAST_CONFIDENCE,
                    "speed priority ('" + d.speedPriority().get() + "') overrides " + scored + ": fast model",
                    d.score(), parts, false, d);
        }
        if (d.score() < threshold) {
            return new RoutingDecision(fastModel, false, FAST_CONFIDENCE, scored + ": fast model", d.score(), parts,
                    false, d);
        }
        double confidence = d.score() >= HIGH_SCORE ? HIGH_CONFIDENCE : COMPLEX_CONFIDENCE;
        if (complexSaturated.getAsBoolean()) {
            return new RoutingDecision(fastModel, false, confidence,
                    scored + ": complex, but downgraded to the fast model because " + complexModel + " has "
                            + complexMaxInFlight + " calls in flight (ASKDB_COMPLEX_MAX_INFLIGHT)",
                    d.score(), parts, true, d);
        }
        return new RoutingDecision(complexModel, true, confidence, scored + ": complex model", d.score(), parts,
                false, d);
    }
}
