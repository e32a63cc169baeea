package io.askdb.bench.fit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.offline.OfflineWorkbench;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Refits core's {@code ConfidenceModel} from the outcomes {@link SpiderTuning} writes with {@code --out}:
 * gradient-boosted trees ({@link GradientBoosting}) over the model's signals, first cross-validated
 * with folds split by database (so the printed coverage and precision are for databases the fit did
 * not see), then a logistic calibration of the held-out margins, then the trees fitted on everything,
 * written with {@code --write FILE}.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -jar askdb-bench/target/askdb-bench.jar fit outcomes.jsonl [--folds 5] [--trees 100] [--depth 4]
 * [--rate 0.1] [--min-leaf 20] [--threshold 0.85] [--shift 0]
 * [--write askdb-core/src/main/resources/io/askdb/offline/confidence-model.txt]}.
 * The shift moves the calibrated intercept so that the held-out precision of the answers at or above
 * the threshold stays at 90%: the likelihood fit calibrates the middle of the range, the fast path
 * only cares about its top band.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Refits the offline confidence model from the outcomes `tune --out` wrote.")
public final class ConfidenceFit implements Callable<Integer> {

    /**
     * One outcome: its database (the fold), its signals, whether it was right, which input it came
     * from, and how many clauses its reading dropped (the answerer caps the confidence of those).
     */
    record Row(String db, double[] x, boolean y, int source, int dropped) {
        Row(String db, double[] x, boolean y) {
            this(db, x, y, 0, OfflineWorkbench.droppedClauses(x));
        }
    }

    @Parameters(arity = "1..*", description = "the outcomes, one JSON line a question (tune --out); several files"
            + " (the same questions reworded, or on renamed databases) are pooled, folds still split by database")
    List<Path> inputs;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds, split by database (${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--trees", defaultValue = "100", description = "boosting rounds (${DEFAULT-VALUE})")
    int trees;

    @Option(names = "--depth", defaultValue = "4", description = "depth of each tree (${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--rate", defaultValue = "0.1", description = "learning rate (${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--min-leaf", defaultValue = "20", description = "fewest rows in a leaf (${DEFAULT-VALUE})")
    int minLeaf;

    @Option(names = "--threshold", defaultValue = "0.85", description = "the fast path's confidence (${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--shift", defaultValue = "0", description = "added to the calibrated intercept (${DEFAULT-VALUE})")
    double shift;

    @Option(names = "--without", split = ",", description = "signals (by position) read as zero, to measure what they bring")
    List<Integer> without = List.of();

    @Option(names = "--write", description = "write the fitted model here")
    Path write;

    @Option(names = "--held-out", description = "write each outcome's held-out confidence here, one line each:"
            + " input, line, confidence, right")
    Path heldOutFile;

    @Override
    public Integer call() throws Exception {
        GradientBoosting.Settings settings = new GradientBoosting.Settings(trees, depth, rate, minLeaf,
                GradientBoosting.Settings.DEFAULT.lambda());
        run(inputs, folds, settings, threshold, shift, without, write, heldOutFile, System.out);
        return 0;
    }

    static void run(List<Path> inputs, int folds, GradientBoosting.Settings settings, double threshold, double shift,
            List<Integer> without, Path write, Path heldOutFile, PrintStream out) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Row> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int[] totals = new int[inputs.size()];
        for (int s = 0; s < inputs.size(); s++) {
            for (String line : Files.readAllLines(inputs.get(s))) {
                JsonNode n = json.readTree(line);
                totals[s]++;
                if (n.get("features") == null || n.get("features").isNull()) {
                    continue;
                }
                double[] x = OfflineWorkbench.signals(n.get("features"));
                int dropped = OfflineWorkbench.droppedClauses(x);
                for (int w : without) {
                    x[w] = 0;
                }
                rows.add(new Row(n.get("db").asText(), x, n.get("correct").asBoolean(), s, dropped));
                lines.add(s + "\t" + (totals[s] - 1));
            }
        }
        GradientBoosting booster = new GradientBoosting(settings);
        double[] heldMargin = heldOutMargins(rows, folds, booster);
        double[] calibration = calibrate(heldMargin, outcomes(rows));
        calibration[1] += shift;
        double[] held = served(rows, probabilities(heldMargin, calibration));
        if (heldOutFile != null) {
            List<String> dump = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                dump.add(String.format(Locale.ROOT, "%s\t%.5f\t%b", lines.get(i), held[i], rows.get(i).y()));
            }
            Files.write(heldOutFile, dump);
        }
        List<FittedTrees.Tree> trees = booster.fit(features(rows), outcomes(rows));
        double[] all = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            all[i] = GradientBoosting.margin(trees, rows.get(i).x());
        }
        double[] inSample = served(rows, probabilities(all, calibration));
        for (int s = 0; s < inputs.size(); s++) {
            String name = inputs.size() == 1 ? "" : " " + inputs.get(s).getFileName();
            out.print(summary("held-out databases" + name, only(rows, s), only(rows, held, s), totals[s], threshold));
            out.print(summary("in-sample" + name, only(rows, s), only(rows, inSample, s), totals[s], threshold));
        }
        if (write != null) {
            String header = String.format(Locale.ROOT, "askdb offline confidence model: %d trees of depth %d, at least"
                    + " %d rows a leaf, over ConfidenceModel.signals, fitted by ConfidenceFit on %d Spider train outcomes"
                    + " (%s; shift %.2f)", settings.trees(), settings.depth(), settings.minLeaf(), rows.size(),
                    inputs.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.joining(", ")),
                    shift);
            Files.writeString(write, FittedTrees.format(trees, calibration[0], calibration[1], header));
            out.println("model written to " + write);
        }
    }

    /**
     * Each row's margin from trees fitted without its fold: folds split by database, so a row's
     * margin comes from trees that saw none of its database's questions.
     */
    static double[] heldOutMargins(List<Row> rows, int folds, GradientBoosting booster) {
        double[] heldMargin = new double[rows.size()];
        for (int k = 0; k < folds; k++) {
            List<Row> train = new ArrayList<>();
            for (Row r : rows) {
                if (Math.floorMod(r.db().hashCode(), folds) != k) {
                    train.add(r);
                }
            }
            List<FittedTrees.Tree> trees = booster.fit(features(train), outcomes(train));
            for (int i = 0; i < rows.size(); i++) {
                if (Math.floorMod(rows.get(i).db().hashCode(), folds) == k) {
                    heldMargin[i] = GradientBoosting.margin(trees, rows.get(i).x());
                }
            }
        }
        return heldMargin;
    }

    /** The confidences the answerer would serve: capped where the reading dropped a clause. */
    private static double[] served(List<Row> rows, double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = OfflineWorkbench.served(rows.get(i).dropped(), p[i]);
        }
        return out;
    }

    private static List<Row> only(List<Row> rows, int source) {
        return rows.stream().filter(r -> r.source() == source).toList();
    }

    private static double[] only(List<Row> rows, double[] p, int source) {
        return java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).source() == source)
                .mapToDouble(i -> p[i]).toArray();
    }

    /**
     * Held-out confidences: the margins of {@link #heldOutMargins}, calibrated on themselves (the
     * calibration has two parameters, the trees all the rest) and shifted as {@code fit --shift} does.
     */
    static double[] heldOutConfidence(List<Row> rows, int folds, GradientBoosting.Settings settings, double shift) {
        double[] margins = heldOutMargins(rows, folds, new GradientBoosting(settings));
        double[] calibration = calibrate(margins, outcomes(rows));
        calibration[1] += shift;
        return served(rows, probabilities(margins, calibration));
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
            rows.add(new Row("", new double[] {1, margins[i]}, y[i], 0, 0));
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
        StringBuilder reach = new StringBuilder();
        for (double level : new double[] {0.90, 0.93}) {
            int best = 0;
            double cut = 1;
            int hits = 0;
            for (int k = 0; k < order.length; k++) {
                hits += rows.get(order[k]).y() ? 1 : 0;
                boolean tieNext = k + 1 < order.length && p[order[k + 1]] == p[order[k]];
                if (hits >= level * (k + 1) && k + 1 >= 50 && !tieNext) {
                    best = k + 1;
                    cut = p[order[k]];
                }
            }
            reach.append(String.format(Locale.ROOT, "; %.0f%% precision at %.1f%% coverage (confidence %.3f)",
                    100 * level, 100.0 * best / total, cut));
        }
        return String.format(Locale.ROOT, "%s @%.2f: answered %d/%d = %.1f%%, precision %.1f%%%s%n", label, threshold,
                answered, total, 100.0 * answered / total, answered == 0 ? 0 : 100.0 * right / answered, reach);
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
