package io.askdb.bench.fit;

import io.askdb.offline.OfflineWorkbench;
import io.askdb.testing.SharedData;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The routing table by hardness: which share of Spider train's easy, medium, hard and extra-hard
 * questions go to the complex model, in the original and the reworded wording, for the seed's
 * keyword score, for the difficulty estimate held out by database (each fold's weights and cut
 * fitted without its databases), and for the shipped estimate (fitted on all of it: in-sample).
 * {@code --write} writes the estimate fitted on everything as core's {@code difficulty-model.txt}.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -jar askdb-bench/target/askdb-bench.jar routing [--data DIR] [--reworded FILE] [--every N]
 * [--folds 5] [--ridge 1] [--original-only]
 * [--write askdb-core/src/main/resources/io/askdb/offline/difficulty-model.txt]}.
 */
@Command(name = "routing", mixinStandardHelpOptions = true,
        description = "Prints the share of each Spider hardness routed to the complex model, held out by database, "
                + "in the original and reworded wording; --write refits the shipped difficulty model.")
public final class RoutingCommand implements Callable<Integer> {

    private static final List<String> HARDNESS = List.of("easy", "medium", "hard", "extra");

    @Option(names = "--data", description = "the Spider folder (the shared data's spider folder)")
    Path data;

    @Option(names = "--reworded", description = "the reworded questions (the shared data's spider-syn/train.jsonl)")
    Path reworded;

    @Option(names = "--every", defaultValue = "1", description = "every n-th question by id (${DEFAULT-VALUE})")
    int every;

    @Option(names = "--folds", defaultValue = "5", description = "folds, split by database (${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--ridge", defaultValue = "1.0", description = "penalty on the weights (${DEFAULT-VALUE})")
    double ridge;

    @Option(names = "--original-only", description = "fit on the original wording only")
    boolean originalOnly;

    @Option(names = "--write", description = "write the estimate fitted on every question here")
    Path write;

    @Override
    public Integer call() throws Exception {
        Path spider = data != null ? data : SharedData.find("spider").orElseThrow(() -> new IllegalArgumentException(
                "no --data, and no shared/data/spider beside the repository"));
        Path syn = reworded != null ? reworded : SharedData.find("spider-syn/train.jsonl").orElse(null);
        long t0 = System.nanoTime();
        int step = every;
        List<RoutingRows.Row> rows = RoutingRows.read(spider, syn, id -> id % step == 0, 1, 2);
        System.out.printf(Locale.ROOT, "%d readings (questions × wordings) in %.1f s%n", rows.size(),
                (System.nanoTime() - t0) / 1e9);
        RoutingCalibration.Settings s = new RoutingCalibration.Settings(folds, ridge, 0.90, 0.75, !originalOnly);
        double[] heldOut = RoutingCalibration.heldOutScores(rows, s);
        RoutingCalibration.Model model = RoutingCalibration.fit(rows, s);
        double[] seed = rows.stream().mapToDouble(RoutingRows.Row::seed).toArray();
        double[] shipped = rows.stream().mapToDouble(RoutingRows.Row::shipped).toArray();
        double[] refit = rows.stream().mapToDouble(r -> model.score(r.x())).toArray();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "share of each hardness sent to the complex model (score >= %.1f); fit on %s%n",
                RoutingCalibration.THRESHOLD, originalOnly ? "the original wording" : "both wordings");
        for (boolean rewordedRows : new boolean[] {false, true}) {
            out.println(rewordedRows ? "reworded wording (Spider-Syn)" : "original wording");
            out.print(line("  seed keyword score", rows, seed, rewordedRows));
            out.print(line("  estimate, held out by database", rows, heldOut, rewordedRows));
            out.print(line("  estimate in core now (in-sample)", rows, shipped, rewordedRows));
            out.print(line("  estimate refitted on all (in-sample)", rows, refit, rewordedRows));
        }
        out.println("refitted weights (points per unit of each input):");
        model.weights().forEach((name, w) -> out.printf(Locale.ROOT, "  %-20s %+.3f%n", name, w));
        if (write != null) {
            String header = String.format(Locale.ROOT, "askdb routing difficulty: logistic weights over the named inputs of"
                    + " offline.DifficultySignals,%nfitted by `askdb-bench routing --write` on %d Spider train readings"
                    + " (easy against hard and extra, %s),%nbase shifted so that the chosen cut is a score of %.1f",
                    rows.size(), originalOnly ? "original wording" : "original and reworded wording",
                    RoutingCalibration.THRESHOLD);
            Files.writeString(write, OfflineWorkbench.difficultyModel(model.weights(), header));
            out.println("model written to " + write);
        }
        return 0;
    }

    /** One line of the table: per hardness, the share at or above the threshold, then hard and extra together. */
    static String line(String label, List<RoutingRows.Row> rows, double[] scores, boolean reworded) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-40s", label));
        for (String h : HARDNESS) {
            int[] c = share(rows, scores, reworded, r -> r.hardness().equals(h));
            s.append(String.format(Locale.ROOT, " %-6s %5.1f%% (%d/%d)", h, pct(c), c[0], c[1]));
        }
        int[] c = share(rows, scores, reworded, RoutingRows.Row::hard);
        s.append(String.format(Locale.ROOT, "  hard+extra %5.1f%%%n", pct(c)));
        return s.toString();
    }

    /** {complex, all} among the rows of one wording that the filter keeps. */
    static int[] share(List<RoutingRows.Row> rows, double[] scores, boolean reworded,
            java.util.function.Predicate<RoutingRows.Row> keep) {
        int[] c = new int[2];
        for (int i = 0; i < rows.size(); i++) {
            RoutingRows.Row r = rows.get(i);
            if (r.reworded() == reworded && keep.test(r)) {
                c[1]++;
                c[0] += scores[i] >= RoutingCalibration.THRESHOLD ? 1 : 0;
            }
        }
        return c;
    }

    private static double pct(int[] c) {
        return c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
    }
}
