package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.llmstub.LlmStubServer;
import io.askdb.bench.llmstub.PriceTable;
import io.askdb.bench.workload.StreamQuestion;
import io.askdb.bench.workload.Workload;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole stream through one contestant, one question at a time, in stream order (its cache
 * depends on what it was asked before). A question's latency is the wall time around the
 * contestant's call, plus, on the virtual clock, the latency of each model call it caused; its
 * answer is judged against the gold rows outside that time.
 *
 * <p>Runs on one thread. Several runs may go at once: each reads only its own stub tenant, and
 * shares the oracle, which is thread-safe.
 */
final class StreamRun {

    /** What one run produced: the tally and, when asked for, one JSON line per question. */
    record Result(Tally tally, List<String> details) {}

    private final Contestant contestant;
    private final Workload workload;
    private final LlmStubServer stub;
    private final List<PriceTable> prices;
    private final GoldOracle oracle;
    private final boolean virtualClock;
    private final boolean keepDetails;
    private final PrintStream progress;

    StreamRun(Contestant contestant, Workload workload, LlmStubServer stub, List<PriceTable> prices, GoldOracle oracle,
            boolean virtualClock, boolean keepDetails, PrintStream progress) {
        this.contestant = contestant;
        this.workload = workload;
        this.stub = stub;
        this.prices = prices;
        this.oracle = oracle;
        this.virtualClock = virtualClock;
        this.keepDetails = keepDetails;
        this.progress = progress;
    }

    Result run() throws SQLException {
        Tally tally = new Tally(contestant.name(), contestant.description(), prices);
        List<String> details = new ArrayList<>();
        stub.drain(contestant.tenant());
        long started = System.nanoTime();
        long cpuStarted = threadCpuNanos();
        int step = Math.max(1, workload.questions().size() / 10);
        for (StreamQuestion q : workload.questions()) {
            long t0 = System.nanoTime();
            Outcome outcome = contestant.ask(q.question());
            double wallMs = (System.nanoTime() - t0) / 1e6;
            Spend spend = Spend.of(stub.drain(contestant.tenant()));
            double latencyMs = wallMs + (virtualClock ? spend.modelMillis() : 0);
            List<List<Object>> gold = oracle.rows(q.goldSql());
            List<List<Object>> rows = rowsOf(outcome);
            boolean correct = rows != null && ResultMatcher.matches(rows, gold, q.goldSql());
            boolean strict = rows != null && ResultMatcher.strict(rows, gold, q.goldSql());
            tally.add(q.hardness().name().toLowerCase(Locale.ROOT), latencyMs, wallMs, outcome, spend, correct,
                    strict);
            if (keepDetails) {
                details.add(detail(q, outcome, latencyMs, spend, correct));
            }
            if ((q.index() + 1) % step == 0) {
                progress.printf(Locale.ROOT, "%s: %d/%d questions, %.1f s%n", contestant.name(), q.index() + 1,
                        workload.questions().size(), (System.nanoTime() - started) / 1e9);
            }
        }
        // On a shared machine the wall time says little; the CPU time of the run's own thread says more
        // (the model calls, the stub and the JIT run on other threads).
        progress.printf(Locale.ROOT, "%s: done in %.1f s, %.1f s of CPU on its thread%n", contestant.name(),
                (System.nanoTime() - started) / 1e9, (threadCpuNanos() - cpuStarted) / 1e9);
        return new Result(tally, details);
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** The contestant's rows, or for the peer the rows of the SQL it reported, run by the oracle. */
    private List<List<Object>> rowsOf(Outcome outcome) {
        if (!outcome.answered()) {
            return null;
        }
        if (outcome.rows() != null) {
            return outcome.rows();
        }
        try {
            return oracle.rows(outcome.sql());
        } catch (SQLException e) {
            return null;
        }
    }

    private String detail(StreamQuestion q, Outcome outcome, double latencyMs, Spend spend, boolean correct) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("contestant", contestant.name());
        line.put("index", q.index());
        line.put("question", q.question());
        line.put("hardness", q.hardness().name());
        line.put("tier", outcome.tier());
        line.put("latencyMs", Tally.round(latencyMs, 3));
        line.put("llmCalls", spend.callCount());
        line.put("wrongAnswersServed", spend.wrong());
        if (outcome.routing() != null) {
            line.put("model", outcome.routing().model());
            line.put("routing", outcome.routing().reasoning());
        }
        line.put("correct", correct);
        line.put("sql", outcome.sql());
        line.put("gold", q.goldSql());
        line.put("error", outcome.error());
        return line.toString();
    }
}
