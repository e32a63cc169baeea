package io.askdb.offline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refits {@link ConfidenceModel} from the outcomes {@link SpiderTuning} writes with {@code --out}:
 * gradient-boosted trees ({@link GradientBoosting}) over {@link ConfidenceModel#signals}, first
 * cross-validated with folds split by database (so the printed coverage and precision are for
 * databases the fit did not see), then a logistic calibration of the held-out margins, then the
 * trees fitted on everything, written with {@code --write FILE}.
 *
 * <p>Run with the same class path as SpiderTuning: {@code java -cp ... io.askdb.offline.ConfidenceFit
 * outcomes.jsonl [--folds 5] [--trees 100] [--depth 4] [--rate 0.1] [--min-leaf 20] [--threshold 0.85] [--shift 0] [--write FILE]}.
 * The shift moves the calibrated intercept so that the held-out precision of the answers at or above
 * the threshold stays at 90%: the likelihood fit calibrates the middle of the range, the fast path
 * only cares about its top band.
 */
public final class ConfidenceFit {

    private ConfidenceFit() {}

    record Row(String db, double[] x, boolean y) {}

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        int folds = 5;
        GradientBoosting.Settings settings = GradientBoosting.Settings.DEFAULT;
        double threshold = 0.85;
        double shift = 0;
        Path write = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--trees" -> settings = new GradientBoosting.Settings(Integer.parseInt(args[++i]), settings.depth(),
                        settings.learningRate(), settings.minLeaf(), settings.lambda());
                case "--depth" -> settings = new GradientBoosting.Settings(settings.trees(), Integer.parseInt(args[++i]),
                        settings.learningRate(), settings.minLeaf(), settings.lambda());
                case "--rate" -> settings = new GradientBoosting.Settings(settings.trees(), settings.depth(),
                        Double.parseDouble(args[++i]), settings.minLeaf(), settings.lambda());
                case "--min-leaf" -> settings = new GradientBoosting.Settings(settings.trees(), settings.depth(),
                        settings.learningRate(), Integer.parseInt(args[++i]), settings.lambda());
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--shift" -> shift = Double.parseDouble(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Row> rows = new ArrayList<>();
        int total = 0;
        for (String line : Files.readAllLines(in)) {
            JsonNode n = json.readTree(line);
            total++;
            if (n.get("features") == null || n.get("features").isNull()) {
                continue;
            }
            Features f = json.treeToValue(n.get("features"), Features.class);
            rows.add(new Row(n.get("db").asText(), ConfidenceModel.signals(f), n.get("correct").asBoolean()));
        }
        GradientBoosting booster = new GradientBoosting(settings);
        double[] heldMargin = new double[rows.size()];
        for (int k = 0; k < folds; k++) {
            List<Row> train = new ArrayList<>();
            for (Row r : rows) {
                if (Math.floorMod(r.db().hashCode(), folds) != k) {
                    train.add(r);
                }
            }
            List<BoostedTrees.Tree> trees = booster.fit(features(train), outcomes(train));
            for (int i = 0; i < rows.size(); i++) {
                if (Math.floorMod(rows.get(i).db().hashCode(), folds) == k) {
                    heldMargin[i] = GradientBoosting.margin(trees, rows.get(i).x());
                }
            }
        }
        double[] calibration = calibrate(heldMargin, outcomes(rows));
        calibration[1] += shift;
        System.out.print(summary("held-out databases", rows, probabilities(heldMargin, calibration), total, threshold));
        List<BoostedTrees.Tree> trees = booster.fit(features(rows), outcomes(rows));
        double[] all = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            all[i] = GradientBoosting.margin(trees, rows.get(i).x());
        }
        System.out.print(summary("in-sample", rows, probabilities(all, calibration), total, threshold));
        if (write != null) {
            String header = String.format(Locale.ROOT, "askdb offline confidence model: %d trees of depth %d over"
                    + " ConfidenceModel.signals, fitted by ConfidenceFit on %d Spider train outcomes (shift %.2f)",
                    settings.trees(), settings.depth(), rows.size(), shift);
            Files.writeString(write, BoostedTrees.format(trees, calibration[0], calibration[1], header));
            System.out.println("model written to " + write);
        }
    }

    private static double[][] features(List<Row> rows) {
        return rows.stream().map(Row::x).toArray(double[][]::new);
    }

    private static boolean[] outcomes(List<Row> rows) {
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).y();
        }
        return y;
    }

    private static double[] probabilities(double[] margins, double[] calibration) {
        double[] p = new double[margins.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1 / (1 + Math.exp(-(calibration[0] * margins[i] + calibration[1])));
        }
        return p;
    }

    /** Scale and offset of a one-signal logistic regression on the held-out margins (Platt scaling). */
    static double[] calibrate(double[] margins, boolean[] y) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < margins.length; i++) {
            rows.add(new Row("", new double[] {1, margins[i]}, y[i]));
        }
        double[] w = fit(rows, 0);
        return new double[] {w[1], w[0]};
    }

    static String summary(String label, List<Row> rows, double[] p, int total, double threshold) {
        int answered = 0;
        int right = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (p[i] >= threshold) {
                answered++;
                right += rows.get(i).y() ? 1 : 0;
            }
        }
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        int best = 0;
        double cut = 1;
        int hits = 0;
        for (int k = 0; k < order.length; k++) {
            hits += rows.get(order[k]).y() ? 1 : 0;
            if (hits >= 0.9 * (k + 1) && k + 1 >= 50) {
                best = k + 1;
                cut = p[order[k]];
            }
        }
        return String.format(Locale.ROOT, "%s @%.2f: answered %d/%d = %.1f%%, precision %.1f%%;"
                + " ranking reaches 90%% precision at %.1f%% coverage (confidence %.3f)%n", label, threshold,
                answered, total, 100.0 * answered / total, answered == 0 ? 0 : 100.0 * right / answered,
                100.0 * best / total, cut);
    }

    /** Newton's method on the penalised log-likelihood; the intercept (signal 0) is not penalised. */
    static double[] fit(List<Row> rows, double l2) {
        int d = rows.get(0).x().length;
        double[] w = new double[d];
        for (int iter = 0; iter < 30; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (Row r : rows) {
                double p = predict(w, r.x());
                double e = p - (r.y() ? 1 : 0);
                double v = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    g[a] += e * r.x()[a];
                    for (int b = 0; b < d; b++) {
                        h[a][b] += v * r.x()[a] * r.x()[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                g[a] += l2 * w[a];
                h[a][a] += l2;
            }
            h[0][0] += 1e-6;
            double[] step = solve(h, g);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-7) {
                break;
            }
        }
        return w;
    }

    static double predict(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            double ty = y[c];
            y[c] = y[pivot];
            y[pivot] = ty;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) {
                    m[r][k] -= f * m[c][k];
                }
                y[r] -= f * y[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = y[r];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
