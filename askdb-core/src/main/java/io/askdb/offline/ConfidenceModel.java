package io.askdb.offline;

/**
 * Turns what the composer had to guess into the probability that the SQL returns the right rows.
 * Gradient-boosted trees over schema-independent signals (unexplained words, unattached values and
 * cues, ambiguous columns, joins, query shape, what the reading left out), because what a guess costs
 * depends on the rest of the reading (a join is safe in a plain list and risky in a count); a logistic
 * calibration on top turns the trees' margin into a probability. Fitted on the execution results of
 * Spider train in three wordings (Spider's own, the same questions reworded, and the databases with
 * folded names) with folds split by database, so that the confidence is measured on databases the
 * fit had not seen; BENCHMARKS.md section 9 gives the figures.
 *
 * <p>Refit procedure (both tools are in askdb-bench, which reaches this package through
 * {@link OfflineWorkbench}): build with {@code mvn -q -DskipTests package}, run {@code tune --out}
 * once per wording (every Spider train question through the answerer, scored by execution), then
 * {@code java -jar askdb-bench/target/askdb-bench.jar fit orig.jsonl syn.jsonl lower.jsonl [settings]
 * --write askdb-core/src/main/resources/io/askdb/offline/confidence-model.txt}, which prints coverage
 * and precision for each wording on databases held out of the fit and writes the model.
 */
final class ConfidenceModel {

    private static final BoostedTrees MODEL = BoostedTrees.load("confidence-model.txt");

    private ConfidenceModel() {}

    /** Calibrated confidence in [0, 1]. */
    static double confidence(Features f) {
        return MODEL.probability(signals(f));
    }

    /** Position of {@link Features#dropped} among the {@link #signals}. */
    private static final int DROPPED = 32;

    /** The clauses dropped by the reading behind these signals ({@link Features#dropped}). */
    static int droppedClauses(double[] signals) {
        return (int) signals[DROPPED];
    }

    /** The model's inputs; the fitted model refers to them by position, so refit after any change. */
    static double[] signals(Features f) {
        String s = f.shape();
        return new double[] {
            f.unexplained(),
            f.unanchored(),
            f.ambiguous(),
            f.joins(),
            f.conditions(),
            f.weakestLink(),
            f.mainNamed() ? 1 : 0,
            f.starSelect() ? 1 : 0,
            f.selectItems(),
            f.tokens(),
            f.distinctWord() ? 1 : 0,
            f.values(),
            f.lowercaseValue() ? 1 : 0,
            f.meanLink(),
            f.partialLinks(),
            f.conjunctions(),
            f.negated() ? 1 : 0,
            f.asksWhich() ? 1 : 0,
            f.unexplainedNames(),
            f.textNumber(),
            f.both() ? 1 : 0,
            f.eachUngrouped() ? 1 : 0,
            f.guessedAttribute() ? 1 : 0,
            f.echoed() ? 1 : 0,
            s.startsWith("count") ? 1 : 0,
            s.startsWith("aggregate") ? 1 : 0,
            s.contains("+where") ? 1 : 0,
            s.contains("+group") ? 1 : 0,
            s.contains("+having") ? 1 : 0,
            s.contains("+top") ? 1 : 0,
            s.contains("+order") ? 1 : 0,
            f.tables(),
            f.dropped(),
            f.unplaced(),
            f.explainedShare(),
            f.absence(),
            f.columnMargin(),
            f.tableMargin(),
            f.unusedNumbers(),
            f.totalWithoutSum() ? 1 : 0,
            f.distinctPlan() ? 1 : 0,
            f.countsValues() ? 1 : 0
        };
    }
}
