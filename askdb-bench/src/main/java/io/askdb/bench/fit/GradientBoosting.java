package io.askdb.bench.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits boosted trees ({@link FittedTrees}, which core's {@code BoostedTrees} reads) for a yes/no
 * outcome: each round grows one regression tree on the gradient and hessian of the log loss
 * (second-order gain with L2 on the leaves, a minimum leaf size), shrunk by the learning rate. Small and exact (every split point of every signal is tried),
 * which is fast enough for a few thousand rows and a few dozen signals.
 */
final class GradientBoosting {

    record Settings(int trees, int depth, double learningRate, int minLeaf, double lambda) {
        static final Settings DEFAULT = new Settings(100, 4, 0.1, 20, 1.0);
    }

    private final Settings settings;

    GradientBoosting(Settings settings) {
        this.settings = settings;
    }

    /** The trees, each leaf already multiplied by the learning rate. */
    List<FittedTrees.Tree> fit(double[][] x, boolean[] y) {
        int n = x.length;
        double[] margin = new double[n];
        double[] g = new double[n];
        double[] h = new double[n];
        int[][] sorted = sortedByFeature(x);
        List<FittedTrees.Tree> trees = new ArrayList<>();
        for (int round = 0; round < settings.trees(); round++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-margin[i]));
                g[i] = p - (y[i] ? 1 : 0);
                h[i] = p * (1 - p);
            }
            boolean[] in = new boolean[n];
            Arrays.fill(in, true);
            FittedTrees.Tree tree = grow(x, g, h, sorted, in, n, settings.depth());
            trees.add(tree);
            for (int i = 0; i < n; i++) {
                margin[i] += value(tree, x[i]);
            }
        }
        return trees;
    }

    static double margin(List<FittedTrees.Tree> trees, double[] x) {
        double sum = 0;
        for (FittedTrees.Tree t : trees) {
            sum += value(t, x);
        }
        return sum;
    }

    private static double value(FittedTrees.Tree t, double[] x) {
        while (t instanceof FittedTrees.Split s) {
            t = x[s.feature()] <= s.threshold() ? s.left() : s.right();
        }
        return ((FittedTrees.Leaf) t).value();
    }

    private FittedTrees.Tree grow(double[][] x, double[] g, double[] h, int[][] sorted, boolean[] in, int count, int depth) {
        double gSum = 0;
        double hSum = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                gSum += g[i];
                hSum += h[i];
            }
        }
        double leaf = -gSum / (hSum + settings.lambda()) * settings.learningRate();
        if (depth == 0 || count < 2 * settings.minLeaf()) {
            return new FittedTrees.Leaf(leaf);
        }
        double parent = gSum * gSum / (hSum + settings.lambda());
        double bestGain = 1e-9;
        int bestFeature = -1;
        double bestThreshold = 0;
        for (int f = 0; f < sorted.length; f++) {
            double gl = 0;
            double hl = 0;
            int left = 0;
            int[] order = sorted[f];
            int previous = -1;
            for (int i : order) {
                if (!in[i]) {
                    continue;
                }
                if (previous >= 0 && x[i][f] != x[previous][f] && left >= settings.minLeaf()
                        && count - left >= settings.minLeaf()) {
                    double gr = gSum - gl;
                    double hr = hSum - hl;
                    double gain = gl * gl / (hl + settings.lambda()) + gr * gr / (hr + settings.lambda()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = f;
                        bestThreshold = (x[i][f] + x[previous][f]) / 2;
                    }
                }
                gl += g[i];
                hl += h[i];
                left++;
                previous = i;
            }
        }
        if (bestFeature < 0) {
            return new FittedTrees.Leaf(leaf);
        }
        boolean[] leftIn = new boolean[x.length];
        boolean[] rightIn = new boolean[x.length];
        int leftCount = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                boolean goesLeft = x[i][bestFeature] <= bestThreshold;
                leftIn[i] = goesLeft;
                rightIn[i] = !goesLeft;
                leftCount += goesLeft ? 1 : 0;
            }
        }
        return new FittedTrees.Split(bestFeature, bestThreshold,
                grow(x, g, h, sorted, leftIn, leftCount, depth - 1),
                grow(x, g, h, sorted, rightIn, count - leftCount, depth - 1));
    }

    private static int[][] sortedByFeature(double[][] x) {
        int d = x[0].length;
        int[][] out = new int[d][];
        for (int f = 0; f < d; f++) {
            int feature = f;
            out[f] = java.util.stream.IntStream.range(0, x.length).boxed()
                    .sorted((a, b) -> Double.compare(x[a][feature], x[b][feature]))
                    .mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
