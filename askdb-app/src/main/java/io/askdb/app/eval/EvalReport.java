package io.askdb.app.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Tallies an evaluation run: answers, execution accuracy by tier and hardness, latency percentiles. */
final class EvalReport {

    /** Correct out of scored, for one group. */
    private static final class Tally {
        int total;
        int scored;
        int correct;
    }

    private final Tally overall = new Tally();
    private final Map<String, Tally> byTier = new TreeMap<>();
    private final Map<String, Tally> byHardness = new TreeMap<>();
    private final List<Double> latencies = new ArrayList<>();
    private int errors;
    private int llmCalls;
    private int askedModel;

    /** @param correct null when there is no gold SQL to score against */
    void add(String tier, String hardness, double elapsedMs, int calls, boolean failed, Boolean correct) {
        latencies.add(elapsedMs);
        llmCalls += calls;
        askedModel += calls > 0 ? 1 : 0;
        if (failed) {
            errors++;
        }
        count(overall, correct);
        count(byTier.computeIfAbsent(tier, k -> new Tally()), correct);
        if (hardness != null) {
            count(byHardness.computeIfAbsent(hardness, k -> new Tally()), correct);
        }
    }

    private static void count(Tally tally, Boolean correct) {
        tally.total++;
        if (correct != null) {
            tally.scored++;
            if (correct) {
                tally.correct++;
            }
        }
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "questions: %d, without an answer: %d, LLM calls: %d%n", overall.total, errors, llmCalls);
        out.printf(Locale.ROOT, "LLM calls per question: %.2f; per question that reached a model: %s (%d questions)%n",
                overall.total == 0 ? 0.0 : (double) llmCalls / overall.total,
                askedModel == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) llmCalls / askedModel), askedModel);
        out.printf(Locale.ROOT, "latency ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
                percentile(50), percentile(95), percentile(99), percentile(100));
        if (overall.scored == 0) {
            return;
        }
        out.printf(Locale.ROOT, "execution accuracy: %s%n", ratio(overall));
        out.println("by tier (share of questions; accuracy = precision of that tier):");
        byTier.forEach((tier, t) -> out.printf(Locale.ROOT, "  %-14s %5d (%5.1f%%)  accuracy %s%n", tier, t.total,
                100.0 * t.total / overall.total, ratio(t)));
        if (!byHardness.isEmpty()) {
            out.println("by hardness:");
            byHardness.forEach((h, t) -> out.printf(Locale.ROOT, "  %-14s %5d  accuracy %s%n", h, t.total, ratio(t)));
        }
    }

    double percentile(double p) {
        if (latencies.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ratio(Tally t) {
        return t.scored == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * t.correct / t.scored, t.correct, t.scored);
    }
}
