package io.askdb.bench.fit;

import io.askdb.offline.OfflineWorkbench;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibrates the routing's difficulty estimate on Spider train's hardness: a logistic regression of
 * hard and extra-hard against easy (medium may go either way, so it is left out of the fit), then a
 * cut on its margin that keeps the most easy questions on the default model and sends the most hard
 * ones to the complex model, balanced against the two targets. Held out by database: each fold's
 * weights and cut are chosen without its databases, and its questions are scored by them.
 */
final class RoutingCalibration {

    /** What each question's score is compared with: the default {@code COMPLEXITY_THRESHOLD}. */
    static final double THRESHOLD = 1.5;

    /**
     * @param easyTarget the share of easy questions that should stay on the default model
     * @param hardTarget the share of hard and extra-hard ones that should go to the complex model
     * @param ridge the penalty on the weights
     * @param bothWordings fit on the reworded questions too, not only on the original wording
     */
    record Settings(int folds, double ridge, double easyTarget, double hardTarget, boolean bothWordings) {
        static final Settings DEFAULT = new Settings(5, 1.0, 0.90, 0.75, true);
    }

    /** Weights (by input name, {@code base} among them) whose score crosses {@link #THRESHOLD} at the chosen cut. */
    record Model(Map<String, Double> weights, double[] raw, double cut) {

        double score(double[] x) {
            return LogisticFit.margin(raw, x) - cut + THRESHOLD;
        }
    }

    private RoutingCalibration() {}

    /**
     * Inputs Spider train has too few real examples of to fit (ratio words there are mostly column
     * names such as "market share", no question compares periods, and "rank" there is a column, not a
     * request for a window function): they are left out of the fit
     * and given the weight that takes the median easy question to the threshold, so one of them alone
     * sends a question to the complex model.
     */
    static final Set<String> PRIORS = Set.of("ratio", "periodComparison", "advancedSql");

    /** The model fitted on every row the settings fit on, its cut chosen on the same rows (in-sample). */
    static Model fit(List<RoutingRows.Row> rows, Settings s) {
        List<RoutingRows.Row> train = fitted(rows, s, db -> true);
        List<String> names = OfflineWorkbench.difficultyInputNames();
        double[] w = new LogisticFit(s.ridge()).fit(train.stream().map(r -> withoutPriors(r.x(), names)).toList(),
                train.stream().map(RoutingRows.Row::hard).toList());
        double cut = cut(w, train, s);
        double[] easy = train.stream().filter(r -> !r.hard())
                .mapToDouble(r -> LogisticFit.margin(w, withoutPriors(r.x(), names))).sorted().toArray();
        double prior = Math.max(0, cut - easy[easy.length / 2]);
        for (int i = 0; i < names.size(); i++) {
            if (PRIORS.contains(names.get(i))) {
                w[i] = prior;
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("base", w[names.size()] - cut + THRESHOLD);
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), w[i]);
        }
        return new Model(weights, w, cut);
    }

    /** Each row's score from a model that saw none of its database's questions (folds split by database). */
    static double[] heldOutScores(List<RoutingRows.Row> rows, Settings s) {
        double[] scores = new double[rows.size()];
        for (int k = 0; k < s.folds(); k++) {
            int fold = k;
            Model m = fit(fitted(rows, s, db -> fold(db, s.folds()) != fold), s);
            for (int i = 0; i < rows.size(); i++) {
                if (fold(rows.get(i).db(), s.folds()) == fold) {
                    scores[i] = m.score(rows.get(i).x());
                }
            }
        }
        return scores;
    }

    private static double[] withoutPriors(double[] x, List<String> names) {
        double[] out = x.clone();
        for (int i = 0; i < names.size(); i++) {
            if (PRIORS.contains(names.get(i))) {
                out[i] = 0;
            }
        }
        return out;
    }

    static int fold(String db, int folds) {
        return Math.floorMod(db.hashCode(), folds);
    }

    /** The rows a fit learns from: easy, hard and extra, in the wordings the settings name, of the databases kept. */
    private static List<RoutingRows.Row> fitted(List<RoutingRows.Row> rows, Settings s,
            java.util.function.Predicate<String> db) {
        List<RoutingRows.Row> out = new ArrayList<>();
        for (RoutingRows.Row r : rows) {
            if (!r.hardness().equals("medium") && (s.bothWordings() || !r.reworded()) && db.test(r.db())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The margin from which a question goes to the complex model: the one that leaves both targets
     * the widest room on the rows it is chosen on (the smaller of the two surpluses, largest).
     */
    private static double cut(double[] w, List<RoutingRows.Row> train, Settings s) {
        List<Double> easy = new ArrayList<>();
        List<Double> hard = new ArrayList<>();
        for (RoutingRows.Row r : train) {
            (r.hard() ? hard : easy).add(LogisticFit.margin(w, withoutPriors(r.x(), OfflineWorkbench.difficultyInputNames())));
        }
        easy.sort(Double::compare);
        hard.sort(Double::compare);
        double best = 0;
        double bestRoom = Double.NEGATIVE_INFINITY;
        for (double c = -6; c <= 6; c += 0.01) {
            double easyStay = below(easy, c) / (double) easy.size();
            double hardGo = 1 - below(hard, c) / (double) hard.size();
            double room = Math.min(easyStay - s.easyTarget(), hardGo - s.hardTarget());
            if (room > bestRoom) {
                bestRoom = room;
                best = c;
            }
        }
        return best;
    }

    /** How many sorted values are below c. */
    private static int below(List<Double> sorted, double c) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
