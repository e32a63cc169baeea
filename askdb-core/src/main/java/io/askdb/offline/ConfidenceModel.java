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
        0.1979, -0.5576, -0.6100, -1.4670, -1.1705, -0.7142, -1.1394, 0.1325, -0.0298, 0.9381, 0.5497, 0.6940,
        -1.8997, -0.8458, -1.3971, -0.8855, 0.7613, 0.1186, -0.4642, 0.2155, 0.3651, -0.1000, 2.3786, 0.3772,
        0.7019, 0.1099, 0.4249, -0.9988, -0.1429, 0.1027
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
            s.contains("+where") ? 1 : 0
        };
    }
}
