package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.llmstub.PriceTable;
import io.askdb.bench.workload.Workload;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The replay's table for people and its closing JSON line for scripts. */
final class ReplayReport {

    /** The design's claims the replay checks: cost and mean latency against the baseline. */
    static final double COST_TARGET = 0.325;

    static final double LATENCY_TARGET = 0.33;

    /** What askdb is compared with, in the order of the report. */
    static final List<String> OTHERS = List.of("baseline", "baseline-default", "peer");

    private ReplayReport() {}

    /**
     * {@code {"questions": N, "stream": {...}, "askdb": {...}, "baseline": {...}, "baseline-default": {...},
     * "peer": {...}, "ratio": {...}}}; a contestant not run is null, and so are the ratios that need it.
     * {@code ratio.costVsBaseline} and {@code ratio.meanLatencyVsBaseline} are against the baseline
     * on the complex model, priced with the design's table; {@code ratio.vs} has every comparison.
     */
    static ObjectNode json(Workload workload, List<Tally> tallies, List<PriceTable> prices) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("questions", workload.questions().size());
        ObjectNode stream = line.putObject("stream");
        stream.put("repeatedTextShare", Tally.round(workload.repeatedTextShare(), 4));
        stream.put("repeatedIntentShare", Tally.round(workload.repeatedIntentShare(), 4));
        stream.put("distinctQuestions", workload.distinctQuestions());
        for (String name : ReplayOptions.ALL) {
            Optional<Tally> tally = find(tallies, name);
            if (tally.isPresent()) {
                line.set(name, tally.get().toJson());
            } else {
                line.putNull(name);
            }
        }
        ObjectNode ratio = line.putObject("ratio");
        Optional<Tally> askdb = find(tallies, "askdb");
        Optional<Tally> baseline = find(tallies, "baseline");
        Optional<Tally> peer = find(tallies, "peer");
        put(ratio, "costVsBaseline", askdb, baseline, Tally::costUsd);
        put(ratio, "meanLatencyVsBaseline", askdb, baseline, Tally::meanMs);
        put(ratio, "costVsPeer", askdb, peer, Tally::costUsd);
        put(ratio, "meanLatencyVsPeer", askdb, peer, Tally::meanMs);
        ObjectNode vs = ratio.putObject("vs");
        for (String other : OTHERS) {
            Optional<Tally> them = find(tallies, other);
            if (askdb.isEmpty() || them.isEmpty()) {
                continue;
            }
            ObjectNode one = vs.putObject(other);
            ObjectNode cost = one.putObject("cost");
            for (PriceTable table : prices) {
                put(cost, table.name(), askdb, them, t -> t.costUsd(table));
            }
            put(one, "meanLatency", askdb, them, Tally::meanMs);
            one.put("correct", askdb.get().correct() + " vs " + them.get().correct());
        }
        return line;
    }

    static void print(PrintStream out, List<Tally> tallies, ObjectNode line, List<PriceTable> prices, double seconds) {
        out.println();
        for (Tally t : tallies) {
            out.printf(Locale.ROOT, "%-16s %s%n", t.name(), t.description());
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s %9s %9s %9s %7s %-22s %10s %10s %7s %7s %11s%n", "", "mean ms", "p50 ms", "p95 ms",
                "LLM", "calls by model", "USD " + prices.get(0).name(), "USD " + prices.get(1).name(), "cache", "fast",
                "correct");
        for (Tally t : tallies) {
            ObjectNode j = (ObjectNode) line.get(t.name());
            StringBuilder mix = new StringBuilder();
            t.callsByModel().forEach((model, calls) -> mix.append(mix.length() == 0 ? "" : " ").append(model).append(' ')
                    .append(calls));
            out.printf(Locale.ROOT, "%-16s %9.1f %9.1f %9.1f %7d %-22s %10.2f %10.2f %6.1f%% %6.1f%% %11s%n", t.name(),
                    j.get("meanMs").asDouble(), j.get("p50Ms").asDouble(), j.get("p95Ms").asDouble(),
                    j.get("llmCalls").asLong(), mix.length() == 0 ? "-" : mix, t.costUsd(prices.get(0)),
                    t.costUsd(prices.get(1)), 100 * j.get("cacheHitRate").asDouble(),
                    100 * j.get("fastPathShare").asDouble(), j.get("correct").asInt() + "/" + j.get("questions").asInt());
        }
        for (Tally t : tallies) {
            if (!t.failures().isEmpty()) {
                out.println();
                out.println(t.name() + ": questions without an answer, by reason");
                t.failures().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(8)
                        .forEach(e -> out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
            }
        }
        find(tallies, "askdb").ifPresent(askdb -> {
            out.println();
            out.println("askdb's routing, by the stream's hardness (questions that reached the orchestration):");
            askdb.routedByHardness().forEach((hardness, counts) -> {
                double[] s = askdb.scores(hardness);
                out.printf(Locale.ROOT, "  %-8s %s%s%n", hardness, counts, s == null ? ""
                        : String.format(Locale.ROOT, ", difficulty score min %.1f, median %.1f, max %.1f", s[0], s[1],
                                s[2]));
            });
            out.println("  correct by tier: " + line.get("askdb").get("correctByTier"));
        });
        ObjectNode vs = (ObjectNode) line.at("/ratio/vs");
        out.println();
        vs.fieldNames().forEachRemaining(other -> {
            ObjectNode one = (ObjectNode) vs.get(other);
            StringBuilder costs = new StringBuilder();
            for (PriceTable table : prices) {
                costs.append(String.format(Locale.ROOT, "%s x%.3f, ", table.name(), one.at("/cost/" + table.name()).asDouble()));
            }
            out.printf(Locale.ROOT, "against %s: cost %smean latency x%.3f, correct %s%n", other, costs,
                    one.get("meanLatency").asDouble(), one.get("correct").asText());
        });
        ObjectNode ratio = (ObjectNode) line.get("ratio");
        if (ratio.hasNonNull("costVsBaseline") && ratio.hasNonNull("meanLatencyVsBaseline")) {
            Tally askdb = find(tallies, "askdb").orElseThrow();
            Tally baseline = find(tallies, "baseline").orElseThrow();
            double cost = ratio.get("costVsBaseline").asDouble();
            double latency = ratio.get("meanLatencyVsBaseline").asDouble();
            boolean met = cost <= COST_TARGET && latency <= LATENCY_TARGET && askdb.correct() >= baseline.correct();
            out.printf(Locale.ROOT,
                    "the design's claim (against the baseline on the complex model, design prices): cost x%.3f"
                            + " (target <= %.3f), mean latency x%.3f (target <= %.2f), correct %d vs %d: %s%n",
                    cost, COST_TARGET, latency, LATENCY_TARGET, askdb.correct(), baseline.correct(),
                    met ? "holds" : "does NOT hold");
        }
        out.printf(Locale.ROOT, "replayed in %.1f s%n", seconds);
    }

    private static void put(ObjectNode ratio, String field, Optional<Tally> a, Optional<Tally> b,
            java.util.function.ToDoubleFunction<Tally> measure) {
        if (a.isPresent() && b.isPresent() && measure.applyAsDouble(b.get()) > 0) {
            ratio.put(field, Tally.round(measure.applyAsDouble(a.get()) / measure.applyAsDouble(b.get()), 4));
        } else {
            ratio.putNull(field);
        }
    }

    static Optional<Tally> find(List<Tally> tallies, String name) {
        return tallies.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
