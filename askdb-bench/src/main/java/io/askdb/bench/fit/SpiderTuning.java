package io.askdb.bench.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.testing.SharedData;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The tuning harness: runs every Spider train question (or every n-th) through the offline
 * answerer and prints fast-path precision and coverage at a confidence threshold, airplane-mode
 * execution accuracy by hardness, a calibration table and latency percentiles. Writes each
 * outcome as a JSON line for reading failures, and for {@link ConfidenceFit} to refit on.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -jar askdb-bench/target/askdb-bench.jar tune [--every N] [--threshold 0.85] [--out outcomes.jsonl]
 * [--data DIR]}. The data folder (with {@code train.jsonl} and {@code db/}) defaults to the shared
 * {@code spider} folder beside the repository.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Runs Spider train questions through the offline answerer and reports precision, coverage "
                + "and calibration; --out writes the outcomes `fit` reads.")
public final class SpiderTuning implements Callable<Integer> {

    @Option(names = "--every", defaultValue = "1", description = "every n-th question by id (${DEFAULT-VALUE})")
    int every;

    @Option(names = "--db-every", defaultValue = "1",
            description = "every n-th database in name order, all its questions (${DEFAULT-VALUE})")
    int dbEvery;

    @Option(names = "--threshold", defaultValue = "0.85", description = "the fast path's confidence (${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--out", description = "write one JSON line per question here")
    Path out;

    @Option(names = "--data", description = "the Spider folder (the shared data's spider folder)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path spider = data != null ? data : SharedData.find("spider").orElseThrow(() -> new IllegalArgumentException(
                "no --data, and no shared/data/spider beside the repository"));
        int step = every;
        long t0 = System.nanoTime();
        List<SpiderEvaluation.Outcome> outcomes = SpiderEvaluation.run(spider, id -> id % step == 0, dbEvery, 2);
        System.out.printf(Locale.ROOT, "%d questions in %.1f s%n", outcomes.size(), (System.nanoTime() - t0) / 1e9);
        System.out.print(report(outcomes, threshold));
        if (out != null) {
            SpiderTuning.write(outcomes, out);
        }
        return 0;
    }

    /** Writes the outcomes one JSON line each, as {@code fit} reads them. */
    static void write(List<SpiderEvaluation.Outcome> outcomes, Path out) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (SpiderEvaluation.Outcome o : outcomes) {
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }

    static String report(List<SpiderEvaluation.Outcome> outcomes, double threshold) {
        StringBuilder s = new StringBuilder();
        Map<String, int[]> byHardness = new TreeMap<>();
        int answered = 0;
        int answeredCorrect = 0;
        int answeredStrict = 0;
        int correct = 0;
        int strict = 0;
        int errors = 0;
        int[][] buckets = new int[10][3];
        List<Long> nanos = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (SpiderEvaluation.Outcome o : outcomes) {
            int[] h = byHardness.computeIfAbsent(o.hardness(), k -> new int[5]);
            h[0]++;
            if (o.correct()) {
                correct++;
                h[1]++;
            }
            if (o.strict()) {
                strict++;
                h[2]++;
            }
            if (o.sql() != null && o.confidence() >= threshold) {
                answered++;
                h[3]++;
                if (o.correct()) {
                    answeredCorrect++;
                    h[4]++;
                }
                if (o.strict()) {
                    answeredStrict++;
                }
            }
            if (o.sql() != null) {
                int b = Math.min(9, (int) (o.confidence() * 10));
                buckets[b][0]++;
                buckets[b][1] += o.correct() ? 1 : 0;
                buckets[b][2] += o.strict() ? 1 : 0;
                if (o.error() != null) {
                    errors++;
                }
            }
            if (!"database absent".equals(o.error())) {
                nanos.add(o.nanos());
                cpu.add(o.cpuNanos());
            }
        }
        int n = outcomes.size();
        s.append(String.format(Locale.ROOT, "fast path @%.2f: answered %d/%d = %.1f%%, precision %.1f%% (strict %.1f%%)%n",
                threshold, answered, n, pct(answered, n), pct(answeredCorrect, answered), pct(answeredStrict, answered)));
        s.append(String.format(Locale.ROOT, "airplane: accuracy %.1f%% (%d/%d), strict %.1f%%; SQL errors %d%n",
                pct(correct, n), correct, n, pct(strict, n), errors));
        for (var e : byHardness.entrySet()) {
            int[] h = e.getValue();
            s.append(String.format(Locale.ROOT, "  %-7s n=%4d airplane %.1f%% (strict %.1f%%)  fast answered %.1f%% precision %.1f%%%n",
                    e.getKey(), h[0], pct(h[1], h[0]), pct(h[2], h[0]), pct(h[3], h[0]), pct(h[4], h[3])));
        }
        s.append("calibration (confidence bucket: n, precision, strict):\n");
        for (int b = 0; b < 10; b++) {
            if (buckets[b][0] > 0) {
                s.append(String.format(Locale.ROOT, "  [%.1f,%.1f) n=%4d %.1f%% %.1f%%%n", b / 10.0, (b + 1) / 10.0,
                        buckets[b][0], pct(buckets[b][1], buckets[b][0]), pct(buckets[b][2], buckets[b][0])));
            }
        }
        nanos.sort(Long::compare);
        if (!nanos.isEmpty()) {
            s.append(String.format(Locale.ROOT, "latency per question: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    at(nanos, 0.5), at(nanos, 0.9), at(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6));
            cpu.sort(Long::compare);
            s.append(String.format(Locale.ROOT, "cpu time per question: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    at(cpu, 0.5), at(cpu, 0.9), at(cpu, 0.99), cpu.get(cpu.size() - 1) / 1e6));
        }
        return s.toString();
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
