package io.askdb.bench.fit;

import io.askdb.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code askdb-bench adventureworks}: loads Microsoft's AdventureWorksLT rows into a PostgreSQL
 * database of its own (creating it when absent), reads every question of {@link AdventureWorksSet} (or of its held-out second set)
 * offline and prints execution accuracy (overall and by hardness), the fast path's coverage and
 * precision at the threshold, and every miss with its SQL.
 */
@Command(name = "adventureworks", mixinStandardHelpOptions = true,
        description = {"Reads askdb's own AdventureWorksLT question set offline on PostgreSQL (lowercase saleslt layout)",
            "and reports execution accuracy, the fast path's coverage and precision, and each miss."})
public final class AdventureWorksCommand implements Callable<Integer> {

    @Option(names = "--db", defaultValue = "jdbc:postgresql://127.0.0.1:5432/askdb_adventureworkslt?user=postgres",
            description = "a PostgreSQL database for the set alone; created when absent (${DEFAULT-VALUE})")
    String url;

    @Option(names = "--data", description = "Microsoft's AdventureWorksLT data files (the shared data's adventureworkslt/csv)")
    Path data;

    @Option(names = "--no-load", description = "read the rows already in --db instead of loading them again")
    boolean noLoad;

    @Option(names = "--threshold", defaultValue = "0.85", description = "the fast path's confidence (${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--held-out", description = "read the second set, kept out of the reader's tuning, instead of the first")
    boolean heldOut;

    @Option(names = "--out", description = "write one JSON line per question here")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!noLoad) {
            Path csv = data != null ? data : SharedData.find("adventureworkslt/csv").orElseThrow(
                    () -> new IllegalArgumentException("no --data, and no shared/data/adventureworkslt/csv beside the repository"));
            long t0 = System.nanoTime();
            AdventureWorksSet.load(url, csv);
            System.out.printf(Locale.ROOT, "loaded Microsoft's AdventureWorksLT rows in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        List<SpiderEvaluation.Outcome> outcomes = AdventureWorksSet.run(url,
                AdventureWorksSet.questions(heldOut ? AdventureWorksSet.HELD_OUT : AdventureWorksSet.RESOURCE));
        System.out.print(report(outcomes, threshold));
        if (out != null) {
            SpiderTuning.write(outcomes, out);
        }
        return 0;
    }

    static String report(List<SpiderEvaluation.Outcome> outcomes, double threshold) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d questions%n", outcomes.size()));
        s.append(SpiderTuning.report(outcomes, threshold));
        s.append("misses (F: the fast path answered; L: right with the columns in another order):\n");
        for (SpiderEvaluation.Outcome o : outcomes) {
            if (!o.correct()) {
                s.append(String.format(Locale.ROOT, "  %s%s%3d %-6s %.2f  %s%n        -> %s%s%n",
                        o.sql() != null && o.confidence() >= threshold ? "F" : " ", o.lenientCorrect() ? "L" : " ", o.id(), o.hardness(),
                        o.confidence(), o.question(), o.sql() == null ? "(no answer)" : o.sql(),
                        o.error() == null ? "" : "  [" + o.error() + "]"));
            }
        }
        return s.toString();
    }
}
