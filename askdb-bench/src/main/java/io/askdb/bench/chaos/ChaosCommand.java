package io.askdb.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.chaos.Traffic.Kind;
import io.askdb.testing.TcpProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.net.http.HttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code askdb-bench chaos}: concurrent clients for a fixed time against two {@code askdb serve}
 * processes on PostgreSQL, sharing Redis, with an LLM stub, while a schedule takes PostgreSQL,
 * Redis and the LLM down and up through TCP proxies. Reports per phase the requests, right answers,
 * refusals by code, p50/p99 latency by kind, the time to the first right answer after a dependency
 * returns, and any wrong answer or 500, and checks them against the reliability targets (exit 1
 * when one is missed).
 *
 * <pre>java -jar askdb-bench/target/askdb-bench.jar chaos --clients 8 --phase-seconds 10</pre>
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Clients against two askdb servers while PostgreSQL, Redis and the LLM go down and up "
                + "(through TCP proxies); reports each phase and checks the reliability targets.")
public final class ChaosCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final double REFUSAL_P99_TARGET_MS = 50;
    static final double RECOVERY_TARGET_MS = 1000;

    @Option(names = "--askdb-jar", defaultValue = "askdb-app/target/askdb.jar", description = "(${DEFAULT-VALUE})")
    Path askdbJar;

    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients (${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--phase-seconds", defaultValue = "10", description = "length of each phase (${DEFAULT-VALUE})")
    int phaseSeconds;

    @Mixin
    RigOptions where = new RigOptions();

    @Option(names = "--out", description = "write the report as JSON here")
    Path out;

    @Option(names = "--logs", defaultValue = "target/chaos", description = "the servers' logs (${DEFAULT-VALUE})")
    Path logs;

    /** One step of the schedule: what changes at its start, and what recovers in it (null: nothing). */
    private record Phase(String name, List<TcpProxy> down, List<TcpProxy> up, Kind recovers, boolean redisBack) {}

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 128 || phaseSeconds < 2 || phaseSeconds > 600) {
            throw new IllegalArgumentException("bounds: 1 <= --clients <= 128, 2 <= --phase-seconds <= 600");
        }
        ChaosRig.Services services = where.services();
        try (ChaosRig rig = ChaosRig.open(services)) {
            ServeProcess a = rig.startServer("a", askdbJar, where.heap, rig.environment(services, true, Map.of()), logs);
            ServeProcess b = rig.startServer("b", askdbJar, where.heap, rig.environment(services, false, Map.of()), logs);
            List<ChaosQuestion> questions = warm(rig, a, b);
            List<Phase> schedule = List.of(
                    new Phase("baseline", List.of(), List.of(), null, false),
                    new Phase("postgres-down", List.of(rig.postgres), List.of(), null, false),
                    new Phase("postgres-back", List.of(), List.of(rig.postgres), Kind.DATABASE, false),
                    new Phase("redis-down", List.of(rig.redis), List.of(), null, false),
                    new Phase("redis-back", List.of(), List.of(rig.redis), null, true),
                    new Phase("llm-down", List.of(rig.llm), List.of(), null, false),
                    new Phase("llm-back", List.of(), List.of(rig.llm), Kind.LLM, false),
                    new Phase("all-down", List.of(rig.postgres, rig.redis, rig.llm), List.of(), null, false),
                    new Phase("all-back", List.of(), List.of(rig.postgres, rig.redis, rig.llm), Kind.DATABASE, true));
            System.out.printf("%d clients, %d s per phase, %d questions, mix database/cached/llm/cached%n", clients,
                    phaseSeconds, questions.size());
            ArrayNode report = JSON.createArrayNode();
            List<String> missed = new ArrayList<>();
            Window first = new Window("warm-up");
            try (Traffic traffic = new Traffic(questions, a, b, List.of(Kind.DATABASE, Kind.CACHED, Kind.LLM,
                    Kind.CACHED), first)) {
                traffic.start(clients, 0);
                Thread.sleep(2000);
                Window baseline = null;
                for (Phase phase : schedule) {
                    Window window = new Window(phase.name());
                    traffic.next(window);
                    for (TcpProxy proxy : phase.down()) {
                        proxy.stop();
                    }
                    for (TcpProxy proxy : phase.up()) {
                        proxy.start();
                    }
                    double redisBackMs = phase.redisBack() ? awaitRedis(List.of(a, b), window.startNanos) : -1;
                    long endAt = window.startNanos + Duration.ofSeconds(phaseSeconds).toNanos();
                    Thread.sleep(Math.max(0, (endAt - System.nanoTime()) / 1_000_000));
                    traffic.next(new Window("between")); // the phase's outcomes are final from here
                    double seconds = (System.nanoTime() - window.startNanos) / 1e9;
                    ObjectNode summary = window.summary(seconds);
                    if (phase.redisBack()) {
                        summary.put("redisSharedAgainMs", redisBackMs);
                    }
                    report.add(summary);
                    System.out.println(window.line(seconds) + (phase.redisBack() ? "  redis shared again after "
                            + redisBackMs + " ms" : ""));
                    if (baseline == null) {
                        baseline = window;
                    }
                    check(phase, window, baseline, redisBackMs, missed);
                }
            }
            ObjectNode result = JSON.createObjectNode();
            result.put("clients", clients);
            result.put("phaseSeconds", phaseSeconds);
            result.set("phases", report);
            ArrayNode misses = result.putArray("missedTargets");
            missed.forEach(misses::add);
            if (out != null) {
                Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            }
            System.out.println(missed.isEmpty() ? "all reliability targets met" : "targets missed:\n  "
                    + String.join("\n  ", missed));
            return missed.isEmpty() ? 0 : 1;
        }
    }

    /** The targets: no wrong answer or 500; fast refusals while down; cache hits as usual; quick recovery. */
    private static void check(Phase phase, Window window, Window baseline, double redisBackMs, List<String> missed) {
        long bad = window.count(Outcome::bad);
        if (bad > 0) {
            missed.add(phase.name() + ": " + bad + " wrong answers or 500s");
        }
        double refusalP99 = window.percentileMs(o -> o.refused() && o.kind() != Kind.CACHED, 99);
        if (phase.name().endsWith("-down") && phase.down().size() == 1 && phase.name().startsWith("postgres")
                && refusalP99 > REFUSAL_P99_TARGET_MS) {
            missed.add(phase.name() + ": refusals p99 " + refusalP99 + " ms > " + REFUSAL_P99_TARGET_MS + " ms");
        }
        if (phase.recovers() != null) {
            double firstRight = window.firstRightMs(phase.recovers());
            if (firstRight < 0 || firstRight > RECOVERY_TARGET_MS) {
                missed.add(phase.name() + ": first right " + phase.recovers().wire() + " answer after " + firstRight
                        + " ms (target <= " + RECOVERY_TARGET_MS + ")");
            }
        }
        if (phase.redisBack() && (redisBackMs < 0 || redisBackMs > RECOVERY_TARGET_MS)) {
            missed.add(phase.name() + ": Redis shared again after " + redisBackMs + " ms");
        }
        long cachedRight = window.count(o -> o.kind() == Kind.CACHED && !o.right());
        if (cachedRight > 0) {
            missed.add(phase.name() + ": " + cachedRight + " cache hits not answered right");
        }
    }

    /** Milliseconds from {@code since} until every server says its shared cache is up again (-1: not within 10 s). */
    static double awaitRedis(List<ServeProcess> servers, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            boolean allUp = true;
            for (ServeProcess server : servers) {
                try {
                    JsonNode stats = JSON.readTree(server.get("/api/cache/stats").body());
                    allUp &= "up".equals(stats.path("distributed").asText());
                } catch (IOException e) {
                    allUp = false;
                }
            }
            if (allUp) {
                return Math.round((System.nanoTime() - since) / 1e4) / 100.0;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    /**
     * Asks every question once of each kind with everything up and keeps those answered right (the
     * cached kind twice: the second asking must be a hit); says which were dropped and why.
     */
    static List<ChaosQuestion> warm(ChaosRig rig, ServeProcess a, ServeProcess b) throws Exception {
        List<ChaosQuestion> kept = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (ChaosQuestion q : rig.questions) {
            Traffic probe = new Traffic(List.of(q), a, b, List.of(Kind.values()), new Window("probe"));
            List<String> labels = new ArrayList<>();
            for (Kind kind : List.of(Kind.DATABASE, Kind.LLM, Kind.CACHED, Kind.CACHED, Kind.CACHED, Kind.CACHED)) {
                for (int i = 0; i < 2; i++) {
                    labels.add(kind.wire() + "=" + probe.ask(http, kind, q, i).label());
                }
            }
            if (labels.stream().allMatch(l -> l.endsWith("=" + Outcome.RIGHT))) {
                kept.add(q);
            } else {
                System.out.println("left out (not answered right with everything up): " + q.text() + " " + labels);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalStateException("no question was answered right with everything up; see " + "the logs");
        }
        return kept;
    }

}
