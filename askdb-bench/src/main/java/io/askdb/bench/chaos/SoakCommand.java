package io.askdb.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.chaos.Traffic.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code askdb-bench soak}: steady, paced load for a long time on the chaos benchmark's two servers
 * (PostgreSQL, shared Redis, LLM stub; no faults), with the caches turning over (ever-new questions,
 * a small cache bound and short TTLs). Every sample period it forces a full collection in each server
 * ({@code jcmd GC.run}) and records heap after GC, resident memory, live threads, open files and the
 * pool's connections, with the period's requests and latency. It then compares the end of the run
 * with its start (after a warm-up) and fails when heap after GC or resident memory grew by more than
 * {@value #FLAT_PERCENT} %, or threads or connections kept climbing.
 *
 * <pre>nice -n 10 java -jar askdb-bench/target/askdb-bench.jar soak --minutes 30</pre>
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Steady load with the caches turning over on two askdb servers; samples memory after GC, "
                + "threads and connections, and checks they stay flat.")
public final class SoakCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final double FLAT_PERCENT = 10;

    @Option(names = "--askdb-jar", defaultValue = "askdb-app/target/askdb.jar", description = "(${DEFAULT-VALUE})")
    Path askdbJar;

    @Option(names = "--minutes", defaultValue = "30", description = "length of the run (${DEFAULT-VALUE})")
    int minutes;

    @Option(names = "--sample-seconds", defaultValue = "60", description = "sample period (${DEFAULT-VALUE})")
    int sampleSeconds;

    @Option(names = "--clients", defaultValue = "4", description = "concurrent clients (${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--rate", defaultValue = "40", description = "requests per second in all (${DEFAULT-VALUE})")
    double rate;

    @Mixin
    RigOptions where = new RigOptions();

    @Option(names = "--out", description = "write the samples as JSON here")
    Path out;

    @Option(names = "--logs", defaultValue = "target/soak", description = "the servers' logs (${DEFAULT-VALUE})")
    Path logs;

    /** Small caches with short lives, so that entries keep being added, expired and evicted. */
    static final Map<String, String> TURNOVER_ENV = Map.of("CACHE_MAX_ENTRIES", "500", "QUERY_CACHE_TTL", "60",
            "SQL_CACHE_TTL", "60", "ANALYSIS_CACHE_TTL", "60");

    @Override
    public Integer call() throws Exception {
        if (minutes < 1 || minutes > 240 || sampleSeconds < 5 || clients < 1 || rate <= 0) {
            throw new IllegalArgumentException("bounds: 1 <= --minutes <= 240, --sample-seconds >= 5, --clients >= 1,"
                    + " --rate > 0");
        }
        ChaosRig.Services services = where.services();
        ArrayNode samples = JSON.createArrayNode();
        try (ChaosRig rig = ChaosRig.open(services)) {
            ServeProcess a = rig.startServer("a", askdbJar, where.heap, rig.environment(services, true, TURNOVER_ENV), logs);
            ServeProcess b = rig.startServer("b", askdbJar, where.heap, rig.environment(services, false, TURNOVER_ENV), logs);
            List<ChaosQuestion> questions = ChaosCommand.warm(rig, a, b);
            System.out.printf("soak: %d min, %d clients at %.0f requests/s in all, a sample every %d s%n", minutes,
                    clients, rate, sampleSeconds);
            System.out.println("minute  server  heapAfterGcMiB  rssMiB  threads  fds  connections   requests"
                    + "  right  answered  refused  bad  p50ms  p99ms");
            long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
            try (Traffic traffic = new Traffic(questions, a, b, List.of(Kind.TURNOVER, Kind.CACHED, Kind.DATABASE,
                    Kind.LLM, Kind.TURNOVER, Kind.CACHED), new Window("0"))) {
                traffic.start(clients, rate);
                int index = 0;
                while (System.nanoTime() < end) {
                    long periodEnd = Math.min(end, System.nanoTime() + Duration.ofSeconds(sampleSeconds).toNanos());
                    Thread.sleep(Math.max(0, (periodEnd - System.nanoTime()) / 1_000_000));
                    index++;
                    Window window = traffic.next(new Window(Integer.toString(index)));
                    double seconds = (System.nanoTime() - window.startNanos) / 1e9;
                    double minute = Math.round(index * sampleSeconds / 6.0) / 10.0;
                    for (ServeProcess server : List.of(a, b)) {
                        ObjectNode sample = sample(server, minute);
                        sample.set("load", window.summary(seconds));
                        samples.add(sample);
                        System.out.printf("%6.1f  %-6s  %14.1f  %6.1f  %7d  %3d  %11s  %9d  %5d  %8d  %7d  %3d  %5.1f  %5.1f%n",
                                minute, server.name(), sample.get("heapAfterGcMiB").asDouble(),
                                sample.get("rssMiB").asDouble(), sample.get("threads").asLong(),
                                sample.get("openFiles").asLong(), sample.get("connections").asText(),
                                window.count(o -> true) , window.count(Outcome::right),
                                window.count(o -> o.label().equals(Outcome.ANSWERED)),
                                window.count(Outcome::refused), window.count(Outcome::bad),
                                window.percentileMs(o -> true, 50), window.percentileMs(o -> true, 99));
                    }
                }
            }
        }
        ObjectNode result = JSON.createObjectNode();
        result.put("minutes", minutes);
        result.put("clients", clients);
        result.put("rate", rate);
        result.set("samples", samples);
        List<String> verdict = verdict(samples);
        ArrayNode findings = result.putArray("findings");
        verdict.forEach(findings::add);
        if (out != null) {
            Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        }
        verdict.forEach(System.out::println);
        return verdict.stream().anyMatch(v -> v.startsWith("MISSED")) ? 1 : 0;
    }

    private static ObjectNode sample(ServeProcess server, double minute) throws Exception {
        server.collectGarbage();
        String scrape = server.scrape();
        ObjectNode sample = JSON.createObjectNode();
        sample.put("minute", minute);
        sample.put("server", server.name());
        sample.put("heapAfterGcMiB", mib(server.metric(scrape, "jvm_memory_used_bytes", "area=\"heap\"")));
        sample.put("rssMiB", Math.round(server.residentKiB() / 102.4) / 10.0);
        sample.put("threads", (long) server.metric(scrape, "jvm_threads_live_threads", ""));
        sample.put("openFiles", server.openFiles());
        long active = (long) server.metric(scrape, "hikaricp_connections_active", "");
        long idle = (long) server.metric(scrape, "hikaricp_connections_idle", "");
        sample.put("connections", active + idle + " (" + active + " active)");
        sample.put("connectionsTotal", active + idle);
        return sample;
    }

    /**
     * Start (the median of the samples after the first fifth of the run) against end (the median of
     * the last fifth), per server, for heap after GC and resident memory; threads and connections
     * must not end above their start by more than a few.
     */
    static List<String> verdict(ArrayNode samples) {
        List<String> lines = new ArrayList<>();
        for (String server : List.of("a", "b")) {
            List<ObjectNode> mine = new ArrayList<>();
            samples.forEach(s -> {
                if (s.get("server").asText().equals(server)) {
                    mine.add((ObjectNode) s);
                }
            });
            if (mine.size() < 5) {
                lines.add("server " + server + ": too few samples (" + mine.size() + ") to judge flatness");
                continue;
            }
            int fifth = Math.max(1, mine.size() / 5);
            List<ObjectNode> start = mine.subList(fifth, 2 * fifth);
            List<ObjectNode> last = mine.subList(mine.size() - fifth, mine.size());
            for (String field : List.of("heapAfterGcMiB", "rssMiB", "threads", "connectionsTotal")) {
                double from = median(start, field);
                double to = median(last, field);
                double max = mine.subList(fifth, mine.size()).stream().mapToDouble(s -> s.get(field).asDouble()).max()
                        .orElse(0);
                double change = from == 0 ? 0 : (to - from) / from * 100;
                boolean memory = field.endsWith("MiB");
                boolean missed = memory ? change > FLAT_PERCENT : to - from > 4;
                lines.add(String.format("%s server %s %s: %.1f -> %.1f (%+.1f %%), max %.1f after warm-up", missed
                        ? "MISSED" : "flat  ", server, field, from, to, change, max));
            }
        }
        return lines;
    }

    private static double median(List<ObjectNode> samples, String field) {
        double[] values = samples.stream().mapToDouble(s -> s.get(field).asDouble()).sorted().toArray();
        return values[values.length / 2];
    }

    private static double mib(double bytes) {
        return Math.round(bytes / 1024 / 1024 * 10) / 10.0;
    }
}
