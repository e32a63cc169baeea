package io.askdb.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The outcomes of one phase (chaos) or one minute (soak), and what they add up to: requests, right
 * answers, refusals by code, p50/p99 latency by kind, and when the first right answer of each
 * kind came after the phase began.
 *
 * <p>Concurrency: client threads add outcomes concurrently (a lock-free queue; first-right times
 * by compare-and-set); the summary is read after the phase, when no client writes to it any more.
 */
final class Window {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    final long startNanos;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<Traffic.Kind, AtomicLong> firstRight = new EnumMap<>(Traffic.Kind.class);

    Window(String name) {
        this.name = name;
        this.startNanos = System.nanoTime();
        for (Traffic.Kind kind : Traffic.Kind.values()) {
            firstRight.put(kind, new AtomicLong(-1));
        }
    }

    void add(Outcome outcome) {
        outcomes.add(outcome);
        if (outcome.right()) {
            firstRight.get(outcome.kind()).compareAndSet(-1, outcome.atNanos() - startNanos);
        }
    }

    List<Outcome> outcomes() {
        return new ArrayList<>(outcomes);
    }

    /** Milliseconds from the phase's start to the first right answer of {@code kind}, or -1 if none came. */
    double firstRightMs(Traffic.Kind kind) {
        long nanos = firstRight.get(kind).get();
        return nanos < 0 ? -1 : round(nanos / 1e6);
    }

    long count(Predicate<Outcome> which) {
        return outcomes.stream().filter(which).count();
    }

    /** The latency percentile in ms of the outcomes that match, or -1 when none do. */
    double percentileMs(Predicate<Outcome> which, double percentile) {
        long[] sorted = outcomes.stream().filter(which).mapToLong(Outcome::nanos).sorted().toArray();
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6);
    }

    /** The percentile in ms of the time askdb itself reports for the outcomes that match, or -1. */
    double serverPercentileMs(Predicate<Outcome> which, double percentile) {
        double[] sorted = outcomes.stream().filter(which).mapToDouble(Outcome::serverMs).filter(ms -> ms >= 0)
                .sorted().toArray();
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }

    ObjectNode summary(double seconds) {
        ObjectNode json = JSON.createObjectNode();
        json.put("phase", name);
        json.put("seconds", round(seconds));
        json.put("requests", outcomes.size());
        json.put("right", count(Outcome::right));
        json.put("wrong", count(o -> o.label().equals(Outcome.WRONG)));
        json.put("http500", count(o -> o.label().equals(Outcome.HTTP_500)));
        json.put("ioErrors", count(o -> o.label().equals(Outcome.IO_ERROR)));
        json.put("answeredUnchecked", count(o -> o.label().equals(Outcome.ANSWERED)));
        json.put("degradedRight", count(o -> o.label().equals(Outcome.DEGRADED_RIGHT)));
        json.put("degradedDifferent", count(o -> o.label().equals(Outcome.DEGRADED_DIFFERENT)));
        Map<String, Long> refusals = new TreeMap<>();
        outcomes.stream().filter(Outcome::refused).forEach(o -> refusals.merge(o.label(), 1L, Long::sum));
        ObjectNode refused = json.putObject("refusals");
        refusals.forEach(refused::put);
        json.put("refusalP50Ms", percentileMs(Outcome::refused, 50));
        json.put("refusalP99Ms", percentileMs(Outcome::refused, 99));
        // What askdb reports spending on them, without HTTP and the wait for a CPU.
        json.put("refusalServerP50Ms", serverPercentileMs(Outcome::refused, 50));
        json.put("refusalServerP99Ms", serverPercentileMs(Outcome::refused, 99));
        // Questions asked once the fault was known (after the phase's first refusal came back), without
        // those already in flight when the dependency went away, which wait for their own failure.
        long known = outcomes.stream().filter(Outcome::refused).mapToLong(Outcome::atNanos).min().orElse(Long.MAX_VALUE);
        Predicate<Outcome> askedOnceKnown = o -> o.refused() && o.atNanos() - o.nanos() >= known;
        json.put("refusalsAskedOnceKnown", count(askedOnceKnown));
        json.put("refusalOnceKnownP50Ms", percentileMs(askedOnceKnown, 50));
        json.put("refusalOnceKnownP99Ms", percentileMs(askedOnceKnown, 99));
        ObjectNode kinds = json.putObject("byKind");
        for (Traffic.Kind kind : Traffic.Kind.values()) {
            Predicate<Outcome> mine = o -> o.kind() == kind;
            long n = count(mine);
            if (n == 0) {
                continue;
            }
            ObjectNode k = kinds.putObject(kind.wire());
            k.put("requests", n);
            k.put("right", count(mine.and(Outcome::right)));
            k.put("p50Ms", percentileMs(mine, 50));
            k.put("p99Ms", percentileMs(mine, 99));
            k.put("serverP99Ms", serverPercentileMs(mine, 99));
            k.put("firstRightMs", firstRightMs(kind));
        }
        return json;
    }

    /** One line for the console. */
    String line(double seconds) {
        ObjectNode s = summary(seconds);
        StringBuilder kinds = new StringBuilder();
        s.get("byKind").fields().forEachRemaining(e -> kinds.append(' ').append(e.getKey()).append('[')
                .append(e.getValue().get("right")).append('/').append(e.getValue().get("requests"))
                .append(" right, p50 ").append(e.getValue().get("p50Ms")).append(" p99 ")
                .append(e.getValue().get("p99Ms")).append(" (in askdb ").append(e.getValue().get("serverP99Ms"))
                .append(") ms, first right ")
                .append(e.getValue().get("firstRightMs")).append(" ms]"));
        return String.format("%-16s %6d req  %6d right  %d wrong  %d 500  %d degraded(+%d differing)  refusals %s"
                + " (p50 %s, p99 %s ms; in askdb p50 %s, p99 %s ms; asked once known p50 %s, p99 %s ms)%s", name, s.get("requests").asLong(), s.get("right").asLong(), s.get("wrong").asLong(),
                s.get("http500").asLong(), s.get("degradedRight").asLong(), s.get("degradedDifferent").asLong(),
                s.get("refusals"), s.get("refusalP50Ms"), s.get("refusalP99Ms"), s.get("refusalServerP50Ms"),
                s.get("refusalServerP99Ms"), s.get("refusalOnceKnownP50Ms"), s.get("refusalOnceKnownP99Ms"), kinds);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
