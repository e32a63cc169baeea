package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private ReplayReport() {}

    /**
     * {@code {"questions": N, "askdb": {...}, "baseline": {...}, "peer": {...}, "ratio": {...}}}; a
     * contestant not run is null, and so are the ratios that need it.
     */
    static ObjectNode json(int questions, List<Tally> tallies) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("questions", questions);
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
        return line;
    }

    static void print(PrintStream out, List<Tally> tallies, ObjectNode line, double seconds) {
        out.println();
        for (Tally t : tallies) {
            out.printf(Locale.ROOT, "%-9s %s%n", t.name(), t.description());
        }
        out.println();
        out.printf(Locale.ROOT, "%-9s %9s %9s %9s %9s %8s %11s %11s %10s %7s %7s %9s%n", "", "mean ms", "p50 ms",
                "p95 ms", "p99 ms", "LLM", "prompt tok", "compl. tok", "cost USD", "cache", "fast", "correct");
        for (Tally t : tallies) {
            ObjectNode j = (ObjectNode) line.get(t.name());
            out.printf(Locale.ROOT, "%-9s %9.1f %9.1f %9.1f %9.1f %8d %11d %11d %10.4f %6.1f%% %6.1f%% %9s%n", t.name(),
                    j.get("meanMs").asDouble(), j.get("p50Ms").asDouble(), j.get("p95Ms").asDouble(),
                    j.get("p99Ms").asDouble(), j.get("llmCalls").asLong(), j.get("promptTokens").asLong(),
                    j.get("completionTokens").asLong(), j.get("costUsd").asDouble(),
                    100 * j.get("cacheHitRate").asDouble(), 100 * j.get("fastPathShare").asDouble(),
                    j.get("correct").asInt() + "/" + j.get("questions").asInt());
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
        ObjectNode ratio = (ObjectNode) line.get("ratio");
        out.println();
        if (ratio.hasNonNull("costVsBaseline") && ratio.hasNonNull("meanLatencyVsBaseline")) {
            Tally askdb = find(tallies, "askdb").orElseThrow();
            Tally baseline = find(tallies, "baseline").orElseThrow();
            double cost = ratio.get("costVsBaseline").asDouble();
            double latency = ratio.get("meanLatencyVsBaseline").asDouble();
            boolean met = cost <= COST_TARGET && latency <= LATENCY_TARGET && askdb.correct() >= baseline.correct();
            out.printf(Locale.ROOT,
                    "against the baseline: cost x%.3f (target <= %.3f), mean latency x%.3f (target <= %.2f), correct %d vs"
                            + " %d: %s%n",
                    cost, COST_TARGET, latency, LATENCY_TARGET, askdb.correct(), baseline.correct(),
                    met ? "the design's claims hold" : "the design's claims do NOT hold");
        }
        if (ratio.hasNonNull("costVsPeer")) {
            out.printf(Locale.ROOT, "against the peer: cost x%.3f, mean latency x%.3f%n",
                    ratio.get("costVsPeer").asDouble(), ratio.get("meanLatencyVsPeer").asDouble());
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

    private static Optional<Tally> find(List<Tally> tallies, String name) {
        return tallies.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
