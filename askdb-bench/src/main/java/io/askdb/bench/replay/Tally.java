package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the replay counts for one contestant. Confined to the replay's thread. */
final class Tally {

    private final String name;
    private final String description;
    private double[] latencies = new double[1024];
    private int questions;
    private long llmCalls;
    private long promptTokens;
    private long completionTokens;
    private double costUsd;
    private long unrecognizedCalls;
    private int answered;
    private int correct;
    private int correctStrict;
    private final Map<String, Integer> tiers = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final Map<String, int[]> correctByHardness = new LinkedHashMap<>();
    /** Wall time by tier (measured, never the models' virtual time): [sum of ms, count]. */
    private final Map<String, double[]> ownTimeByTier = new LinkedHashMap<>();

    Tally(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /**
     * @param latencyMs the question's time: measured, plus the models' time when the clock is virtual
     * @param wallMs the measured part alone: the contestant's own time when the clock is virtual
     */
    void add(String hardness, double latencyMs, double wallMs, Outcome outcome, Spend spend, boolean isCorrect,
            boolean isStrict) {
        if (questions == latencies.length) {
            latencies = Arrays.copyOf(latencies, questions * 2);
        }
        latencies[questions++] = latencyMs;
        llmCalls += spend.calls();
        promptTokens += spend.promptTokens();
        completionTokens += spend.completionTokens();
        costUsd += spend.costUsd();
        unrecognizedCalls += spend.unrecognized();
        if (outcome.tier() != null) {
            tiers.merge(outcome.tier(), 1, Integer::sum);
        }
        double[] own = ownTimeByTier.computeIfAbsent(outcome.tier() == null ? "all" : outcome.tier(), t -> new double[2]);
        own[0] += wallMs;
        own[1]++;
        if (outcome.answered()) {
            answered++;
        } else {
            String reason = abbreviate(outcome.error());
            if (failures.size() < 20 || failures.containsKey(reason)) {
                failures.merge(reason, 1, Integer::sum);
            }
        }
        correct += isCorrect ? 1 : 0;
        correctStrict += isStrict ? 1 : 0;
        int[] byHardness = correctByHardness.computeIfAbsent(hardness, h -> new int[2]);
        byHardness[0] += isCorrect ? 1 : 0;
        byHardness[1]++;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Map<String, Integer> failures() {
        return failures;
    }

    double meanMs() {
        return questions == 0 ? 0 : Arrays.stream(latencies, 0, questions).sum() / questions;
    }

    double costUsd() {
        return costUsd;
    }

    int correct() {
        return correct;
    }

    /** Nearest-rank percentile of the latencies. */
    double percentileMs(double p) {
        if (questions == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(latencies, questions);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * questions);
        return sorted[Math.max(0, Math.min(questions - 1, rank - 1))];
    }

    double share(String tier) {
        return questions == 0 ? 0 : (double) tiers.getOrDefault(tier, 0) / questions;
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("questions", questions);
        json.put("meanMs", round(meanMs(), 2));
        json.put("p50Ms", round(percentileMs(50), 2));
        json.put("p95Ms", round(percentileMs(95), 2));
        json.put("p99Ms", round(percentileMs(99), 2));
        json.put("llmCalls", llmCalls);
        json.put("promptTokens", promptTokens);
        json.put("completionTokens", completionTokens);
        json.put("costUsd", round(costUsd, 4));
        json.put("cacheHitRate", round(share("cache"), 4));
        json.put("fastPathShare", round(share("fast_path"), 4));
        json.put("answered", answered);
        json.put("correct", correct);
        json.put("correctStrict", correctStrict);
        ObjectNode tierCounts = json.putObject("tiers");
        tiers.forEach(tierCounts::put);
        ObjectNode hardness = json.putObject("correctByHardness");
        correctByHardness.forEach((h, c) -> hardness.put(h, c[0] + "/" + c[1]));
        ObjectNode own = json.putObject("wallMsByTier");
        ownTimeByTier.forEach((tier, sum) -> own.put(tier, round(sum[0] / sum[1], 3)));
        if (unrecognizedCalls > 0) {
            json.put("llmCallsWithoutKnownQuestion", unrecognizedCalls);
        }
        return json;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static String abbreviate(String text) {
        String t = text == null ? "failed" : text.replaceAll("\\s+", " ");
        return t.length() <= 140 ? t : t.substring(0, 140) + "...";
    }
}
