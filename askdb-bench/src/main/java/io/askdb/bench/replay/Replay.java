package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.askdb.bench.llmstub.AnswerBook;
import io.askdb.bench.llmstub.LlmStubServer;
import io.askdb.bench.llmstub.ModelTable;
import io.askdb.bench.workload.LiteralPools;
import io.askdb.bench.workload.StreamQuestion;
import io.askdb.bench.workload.Workload;
import io.askdb.bench.workload.WorkloadGenerator;
import io.askdb.bench.EmbeddedSalesLt;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays one generated stream through each contestant in turn, one question at a time, on the
 * embedded SalesLT sample and one LLM stub. A question's latency is the wall time around the
 * contestant's call, plus, on the virtual clock, the latency of each model call it caused.
 * Correctness is judged outside the timing by running the gold SQL (once per statement).
 */
public final class Replay {

    static final String DATABASE_URL = EmbeddedSalesLt.URL;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReplayOptions options;
    private final PrintStream out;
    private final PrintStream progress;
    private final ModelTable models = ModelTable.defaults();

    public Replay(ReplayOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    /** Runs the replay, prints the report and returns the JSON line it ended with. */
    public ObjectNode run() throws SQLException {
        long started = System.nanoTime();
        EmbeddedSalesLt.load();
        try (HikariDataSource oracleSource = pool("oracle")) {
            Workload workload;
            try (Connection connection = oracleSource.getConnection()) {
                workload = new WorkloadGenerator(LiteralPools.read(connection))
                        .generate(options.questions(), options.seed(), options.zipfExponent());
            }
            GoldOracle oracle = new GoldOracle(oracleSource);
            verifyGold(workload, oracle);
            describe(workload);
            List<Tally> tallies = new ArrayList<>();
            try (LlmStubServer stub = LlmStubServer.start(new AnswerBook(workload.goldByQuestion()), models,
                    options.virtualClock());
                    BufferedWriter details = detailsWriter()) {
                for (String name : options.contestants()) {
                    Contestant contestant;
                    try {
                        contestant = create(name, stub);
                    } catch (RuntimeException e) {
                        // One contestant that cannot start must not cost the others their run.
                        out.println(name + ": not run: " + e.getMessage());
                        continue;
                    }
                    try (contestant) {
                        tallies.add(replay(contestant, workload, stub, oracle, details));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ObjectNode line = ReplayReport.json(workload.questions().size(), tallies);
            ReplayReport.print(out, tallies, line, (System.nanoTime() - started) / 1e9);
            out.println(JSON.valueToTree(line).toString());
            return line;
        }
    }

    private Tally replay(Contestant contestant, Workload workload, LlmStubServer stub, GoldOracle oracle,
            BufferedWriter details) throws SQLException, IOException {
        Tally tally = new Tally(contestant.name(), contestant.description());
        stub.drain(contestant.tenant());
        long started = System.nanoTime();
        int step = Math.max(1, workload.questions().size() / 10);
        for (StreamQuestion q : workload.questions()) {
            long t0 = System.nanoTime();
            Outcome outcome = contestant.ask(q.question());
            double wallMs = (System.nanoTime() - t0) / 1e6;
            Spend spend = Spend.of(stub.drain(contestant.tenant()), models);
            double latencyMs = wallMs + (options.virtualClock() ? spend.modelMillis() : 0);
            List<List<Object>> gold = oracle.rows(q.goldSql());
            List<List<Object>> rows = rowsOf(outcome, oracle);
            boolean correct = rows != null && ResultMatcher.matches(rows, gold, q.goldSql());
            boolean strict = rows != null && ResultMatcher.strict(rows, gold, q.goldSql());
            tally.add(q.hardness().name().toLowerCase(java.util.Locale.ROOT), latencyMs, wallMs, outcome, spend, correct,
                    strict);
            if (details != null) {
                details.write(detail(contestant, q, outcome, latencyMs, spend, correct));
                details.newLine();
            }
            if ((q.index() + 1) % step == 0) {
                progress.printf(java.util.Locale.ROOT, "%s: %d/%d questions, %.1f s%n", contestant.name(),
                        q.index() + 1, workload.questions().size(), (System.nanoTime() - started) / 1e9);
            }
        }
        return tally;
    }

    /** The contestant's rows, or for the peer the rows of the SQL it reported, run by the oracle. */
    private static List<List<Object>> rowsOf(Outcome outcome, GoldOracle oracle) {
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

    private Contestant create(String name, LlmStubServer stub) {
        String prices = models.asAskDbPrices();
        return switch (name) {
            case "askdb" -> AskDbContestant.byDefault(DATABASE_URL, stub.baseUrl("askdb"), prices);
            case "baseline" -> AskDbContestant.baseline(DATABASE_URL, stub.baseUrl("baseline"), prices);
            case "peer" -> new PeerContestant(PeerJar.locate(options.peerJar()), DATABASE_URL, stub.baseUrl("peer"),
                    "o4-mini");
            default -> throw new IllegalArgumentException("unknown contestant " + name);
        };
    }

    /** Every gold statement must run on the sample; a stream with a broken gold SQL measures nothing. */
    private static void verifyGold(Workload workload, GoldOracle oracle) {
        Set<String> broken = new LinkedHashSet<>();
        for (StreamQuestion q : workload.questions()) {
            try {
                oracle.rows(q.goldSql());
            } catch (SQLException e) {
                broken.add(q.template() + ": " + e.getMessage());
            }
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException("gold SQL that does not run on the sample: " + broken);
        }
    }

    private void describe(Workload workload) {
        out.printf(java.util.Locale.ROOT, "machine: %d cores, load average %.2f at the start; Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        out.printf(java.util.Locale.ROOT,
                "stream: %d questions (seed %d, Zipf exponent %.2f), %d distinct texts; asked before: %.1f%% word for"
                        + " word, %.1f%% in meaning; by hardness %s%n",
                workload.questions().size(), workload.seed(), workload.zipfExponent(), workload.distinctQuestions(),
                100 * workload.repeatedTextShare(), 100 * workload.repeatedIntentShare(), workload.byHardness());
        out.printf(java.util.Locale.ROOT, "clock: %s; models: %s, %s%n",
                options.virtualClock() ? "virtual (model latency added, not waited)" : "real (the stub waits)",
                describe(models.get("gpt-4.1")), describe(models.get("o4-mini")));
    }

    private static String describe(io.askdb.bench.llmstub.ModelSpec model) {
        return String.format(java.util.Locale.ROOT, "%s %.1f s a call, $%.4f/$%.4f per 1K prompt/completion tokens",
                model.name(), model.latency().toMillis() / 1000.0, model.inputPerMillion() / 1000,
                model.outputPerMillion() / 1000);
    }

    private String detail(Contestant contestant, StreamQuestion q, Outcome outcome, double latencyMs, Spend spend,
            boolean correct) {
        ObjectNode line = JSON.createObjectNode();
        line.put("contestant", contestant.name());
        line.put("index", q.index());
        line.put("question", q.question());
        line.put("hardness", q.hardness().name());
        line.put("tier", outcome.tier());
        line.put("latencyMs", Tally.round(latencyMs, 3));
        line.put("llmCalls", spend.calls());
        line.put("correct", correct);
        line.put("sql", outcome.sql());
        line.put("gold", q.goldSql());
        line.put("error", outcome.error());
        return line.toString();
    }

    private BufferedWriter detailsWriter() throws IOException {
        return options.details() == null ? null : Files.newBufferedWriter(options.details());
    }

    private static HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(DATABASE_URL);
        config.setMaximumPoolSize(2);
        config.setReadOnly(true);
        return new HikariDataSource(config);
    }
}
