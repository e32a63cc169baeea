package io.askdb.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A gradient-boosted ensemble of regression trees with a logistic calibration on top: the sum of
 * the trees' leaves is a margin, and {@code 1 / (1 + exp(-(a * margin + b)))} the probability.
 *
 * <p>Text format, one item per line, {@code #} lines ignored: {@code calibration A B}, then per
 * tree {@code tree} followed by its nodes in pre-order, each {@code split FEATURE THRESHOLD}
 * (left: value at most the threshold) or {@code leaf VALUE}. The writer of this format is the fitting
 * tool, {@code io.askdb.bench.fit.FittedTrees} in askdb-bench.
 */
final class BoostedTrees {

    private final int[] feature;
    private final double[] threshold;
    private final int[] right;
    private final double[] leaf;
    private final int[] roots;
    private final double scale;
    private final double offset;

    private BoostedTrees(int[] feature, double[] threshold, int[] right, double[] leaf, int[] roots,
            double scale, double offset) {
        this.feature = feature;
        this.threshold = threshold;
        this.right = right;
        this.leaf = leaf;
        this.roots = roots;
        this.scale = scale;
        this.offset = offset;
    }

    /** Calibrated probability for one signal vector. */
    double probability(double[] x) {
        return 1 / (1 + Math.exp(-(scale * margin(x) + offset)));
    }

    /** The sum of the trees' leaves, before calibration. */
    double margin(double[] x) {
        double sum = 0;
        for (int root : roots) {
            int n = root;
            while (feature[n] >= 0) {
                // Pre-order: the left child follows its parent directly.
                n = x[feature[n]] <= threshold[n] ? n + 1 : right[n];
            }
            sum += leaf[n];
        }
        return sum;
    }

    static BoostedTrees load(String resource) {
        try (InputStream in = BoostedTrees.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoostedTrees parse(List<String> lines) {
        List<String[]> nodes = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        double scale = 1;
        double offset = 0;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] p = t.split("\\s+");
            switch (p[0]) {
                case "calibration" -> {
                    scale = Double.parseDouble(p[1]);
                    offset = Double.parseDouble(p[2]);
                }
                case "tree" -> roots.add(nodes.size());
                case "split", "leaf" -> nodes.add(p);
                default -> throw new IllegalArgumentException("unknown model line: " + t);
            }
        }
        int n = nodes.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        double[] leaf = new double[n];
        int[] right = new int[n];
        for (int i = 0; i < n; i++) {
            String[] p = nodes.get(i);
            boolean split = p[0].equals("split");
            feature[i] = split ? Integer.parseInt(p[1]) : -1;
            threshold[i] = split ? Double.parseDouble(p[2]) : 0;
            leaf[i] = split ? 0 : Double.parseDouble(p[1]);
        }
        for (int root : roots) {
            link(feature, right, root);
        }
        return new BoostedTrees(feature, threshold, right, leaf,
                roots.stream().mapToInt(Integer::intValue).toArray(), scale, offset);
    }

    /** Finds each split's right child in the pre-order list; returns the index after the subtree. */
    private static int link(int[] feature, int[] right, int node) {
        if (feature[node] < 0) {
            return node + 1;
        }
        int afterLeft = link(feature, right, node + 1);
        right[node] = afterLeft;
        return link(feature, right, afterLeft);
    }
}
