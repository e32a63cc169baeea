package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.llmstub.PriceTable;
import io.askdb.bench.llmstub.StubCall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the replay counts for one contestant. Confined to the replay's thread. */
final class Tally {

    private final String name;
    private final String description;
    private final List<PriceTable> prices;
    /** By model: calls, prompt tokens, completion tokens (reasoning included), reasoning tokens, wrong answers served. */
    private final Map<String, long[]> byModel = new TreeMap<>();
    /** By the stream's hardness: the model routing chose, counted. */
    private final Map<String, Map<String, Integer>> routedByHardness = new LinkedHashMap<>();
    /** By the stream's hardness: the routing scores seen. */
    private final Map<String, List<Double>> scoresByHardness = new LinkedHashMap<>();
    /** By tier: [correct, answered by it]. */
    private final Map<String, int[]> correctByTier = new LinkedHashMap<>();
    private double[] latencies = new double[1024];
    private int questions;
    private long llmCalls;
    private long promptTokens;
    private long completionTokens;
    private long unrecognizedCalls;
    private int answered;
    private int correct;
    private int correctStrict;
    private final Map<String, Integer> tiers = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private final Map<String, int[]> correctByHardness = new LinkedHashMap<>();
    /** Wall time by tier (measured, never the models' virtual time): [sum of ms, count]. */
    private final Map<String, double[]> ownTimeByTier = new LinkedHashMap<>();

    Tally(String name, String description, List<PriceTable> prices) {
        this.name = name;
        this.description = description;
        this.prices = List.copyOf(prices);
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
        llmCalls += spend.callCount();
        promptTokens += spend.promptTokens();
        completionTokens += spend.completionTokens();
        unrecognizedCalls += spend.unrecognized();
        for (StubCall call : spend.calls()) {
            long[] m = byModel.computeIfAbsent(call.model(), k -> new long[5]);
            m[0]++;
            m[1] += call.promptTokens();
            m[2] += call.completionTokens();
            m[3] += call.reasoningTokens();
            m[4] += call.wrong() ? 1 : 0;
        }
        if (outcome.routing() != null) {
            routedByHardness.computeIfAbsent(hardness, h -> new TreeMap<>()).merge(outcome.routing().model(), 1,
                    Integer::sum);
            if (!Double.isNaN(outcome.routing().score())) {
                scoresByHardness.computeIfAbsent(hardness, h -> new ArrayList<>()).add(outcome.routing().score());
            }
        }
        int[] byTier = correctByTier.computeIfAbsent(outcome.tier() == null ? "all" : outcome.tier(), t -> new int[2]);
        byTier[0] += isCorrect ? 1 : 0;
        byTier[1]++;
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

    /** The cost under the first price table (the design's). */
    double costUsd() {
        return prices.isEmpty() ? 0 : costUsd(prices.get(0));
    }

    double costUsd(PriceTable table) {
        double cost = 0;
        for (Map.Entry<String, long[]> e : byModel.entrySet()) {
            long[] m = e.getValue();
            cost += table.cost(e.getKey(), m[1], m[2], m[3]);
        }
        return cost;
    }

    double costUsd(String table) {
        return prices.stream().filter(p -> p.name().equals(table)).findFirst().map(this::costUsd).orElse(0.0);
    }

    int questions() {
        return questions;
    }

    /** Calls by model. */
    Map<String, Long> callsByModel() {
        Map<String, Long> calls = new TreeMap<>();
        byModel.forEach((model, m) -> calls.put(model, m[0]));
        return calls;
    }

    Map<String, Map<String, Integer>> routedByHardness() {
        return routedByHardness;
    }

    /** min / median / max of the routing scores of one hardness, or null. */
    double[] scores(String hardness) {
        List<Double> all = scoresByHardness.get(hardness);
        if (all == null || all.isEmpty()) {
            return null;
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]};
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
        json.put("costUsd", round(costUsd(), 4));
        ObjectNode costs = json.putObject("costUsdByPrices");
        prices.forEach(p -> costs.put(p.name(), round(costUsd(p), 4)));
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
        ObjectNode models = json.putObject("models");
        byModel.forEach((model, m) -> {
            ObjectNode one = models.putObject(model);
            one.put("calls", m[0]);
            one.put("promptTokens", m[1]);
            one.put("completionTokens", m[2]);
            one.put("reasoningTokens", m[3]);
            one.put("wrongAnswersServed", m[4]);
        });
        ObjectNode tiersCorrect = json.putObject("correctByTier");
        correctByTier.forEach((tier, c) -> tiersCorrect.put(tier, c[0] + "/" + c[1]));
        if (!routedByHardness.isEmpty()) {
            ObjectNode routing = json.putObject("routing");
            routedByHardness.forEach((level, counts) -> {
                ObjectNode one = routing.putObject(level);
                counts.forEach(one::put);
                double[] s = scores(level);
                if (s != null) {
                    one.put("scoreMin", s[0]);
                    one.put("scoreMedian", s[1]);
                    one.put("scoreMax", s[2]);
                }
            });
        }
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
