package io.askdb.offline;

/**
 * Turns what the composer had to guess into the probability that the SQL returns the right rows.
 * A logistic model over schema-independent signals (unexplained words, unattached values and
 * cues, ambiguous columns, joins, query shape), fitted on the execution results of the Spider
 * train split and checked by cross-validation across databases, so that a confidence of 0.85
 * means about 85-90% of such answers were right on databases the fit had not seen.
 */
final class ConfidenceModel {

    /** Weights in the order of {@link #signals}; refit with the tuning harness when signals change. */
    private static final double[] WEIGHTS = {
        0.4569, -0.5145, -0.5965, -1.4846, -1.1177, -0.7298, -0.9339, 0.1754, 0.1004, 0.8288, 0.5184, 0.6238,
        -2.2306, -0.8115, -1.3288, -0.9992, 0.7314, -0.0693, -0.4495, 0.2271, 0.3338, -0.1196, 2.4036, 0.4294,
        0.8809, 0.0692, 0.4426, -0.9827, -0.1744, 0.2758, -0.9810
    };

    private ConfidenceModel() {}

    /** Calibrated confidence in [0, 1]. */
    static double confidence(Composer.Features f) {
        double[] x = signals(f);
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += WEIGHTS[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static double[] signals(Composer.Features f) {
        String s = f.shape();
        return new double[] {
            1,
            f.unexplained() == 1 ? 1 : 0,
            f.unexplained() >= 2 ? 1 : 0,
            Math.min(f.unanchored(), 3),
            Math.min(f.ambiguous(), 3),
            f.joins() == 1 ? 1 : 0,
            f.joins() >= 2 ? 1 : 0,
            f.conditions() == 1 ? 1 : 0,
            f.conditions() >= 2 ? 1 : 0,
            f.weakestLink(),
            f.meanLink(),
            f.mainNamed() ? 1 : 0,
            f.starSelect() ? 1 : 0,
            f.selectItems() == 2 ? 1 : 0,
            f.selectItems() >= 3 ? 1 : 0,
            f.tokens() / 10.0,
            f.distinctWord() ? 1 : 0,
            Math.min(f.values(), 2),
            f.lowercaseValue() ? 1 : 0,
            s.startsWith("count") ? 1 : 0,
            s.startsWith("aggregate") ? 1 : 0,
            s.contains("+group") ? 1 : 0,
            s.contains("+having") ? 1 : 0,
            s.contains("+top") ? 1 : 0,
            s.contains("+order") ? 1 : 0,
            Math.min(f.partialLinks(), 3),
            Math.min(f.conjunctions(), 3),
            f.negated() ? 1 : 0,
            f.asksWhich() ? 1 : 0,
            s.contains("+where") ? 1 : 0,
            Math.min(f.unexplainedNames(), 2)
        };
    }
}
