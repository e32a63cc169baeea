package io.askdb.bench.fit;

import java.util.List;
import java.util.Locale;

/**
 * Trees as {@link GradientBoosting} grows them, and their text in the format askdb-core's
 * {@code io.askdb.offline.BoostedTrees} reads: {@code #} header lines, {@code calibration A B}, then
 * per tree {@code tree} and its nodes in pre-order, each {@code split FEATURE THRESHOLD} (left: value
 * at most the threshold) or {@code leaf VALUE}.
 */
final class FittedTrees {

    private FittedTrees() {}

    /** A tree as the fitting code builds it. */
    sealed interface Tree {
        void write(StringBuilder s);
    }

    record Leaf(double value) implements Tree {
        @Override
        public void write(StringBuilder s) {
            s.append(String.format(Locale.ROOT, "leaf %.6f%n", value));
        }
    }

    record Split(int feature, double threshold, Tree left, Tree right) implements Tree {
        @Override
        public void write(StringBuilder s) {
            s.append(String.format(Locale.ROOT, "split %d %.6f%n", feature, threshold));
            left.write(s);
            right.write(s);
        }
    }

    /** The model file: the trees' margin calibrated by {@code 1 / (1 + exp(-(scale * margin + offset)))}. */
    static String format(List<Tree> trees, double scale, double offset, String header) {
        StringBuilder s = new StringBuilder();
        for (String h : header.split("\n")) {
            s.append("# ").append(h).append('\n');
        }
        s.append(String.format(Locale.ROOT, "calibration %.6f %.6f%n", scale, offset));
        for (Tree t : trees) {
            s.append("tree\n");
            t.write(s);
        }
        return s.toString();
    }
}
