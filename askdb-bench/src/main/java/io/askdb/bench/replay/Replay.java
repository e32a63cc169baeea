package io.askdb.bench.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.askdb.bench.llmstub.AnswerBook;
import io.askdb.bench.llmstub.LlmStubServer;
import io.askdb.bench.llmstub.ModelTable;
import io.askdb.bench.llmstub.PriceTable;
import io.askdb.bench.llmstub.SkillTable;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays one generated stream through each contestant on the embedded SalesLT sample and one LLM
 * stub. Each contestant answers the stream in order on a thread of its own ({@link StreamRun});
 * the contestants run at the same time unless asked to run one after another. Correctness is judged
 * outside the timing by running the gold SQL (once per statement, all of it before the replay).
 *
 * <p>Running at once shares the machine's cores: each question's measured time then includes waits
 * for a core, the models' (virtual) time does not change, nor do calls, tokens, cost or answers.
 */
public final class Replay {

    static final String DATABASE_URL = EmbeddedSalesLt.URL;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReplayOptions options;
    private final PrintStream out;
    private final PrintStream progress;
    private final ModelTable models = ModelTable.defaults();
    private final List<PriceTable> prices = List.of(PriceTable.design(models), PriceTable.list());
    private final SkillTable skills;

    public Replay(ReplayOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
        this.skills = options.perfectModels() ? SkillTable.perfect() : SkillTable.defaults();
    }

    /** Runs the replay, prints the report and returns the JSON line it ended with. */
    public ObjectNode run() throws SQLException {
        long started = System.nanoTime();
        EmbeddedSalesLt.load();
        try (HikariDataSource oracleSource = pool("oracle", options.contestants().size() + 1)) {
            GoldOracle oracle = new GoldOracle(oracleSource);
            Workload workload;
            try (Connection connection = oracleSource.getConnection()) {
                workload = new WorkloadGenerator(LiteralPools.read(connection))
                        .generate(options.questions(), options.seed(), options.zipfExponent(), options.phrasings(),
                                options.repeatRate(), sql -> tellsRightFromWrong(oracle, sql));
            }
            verifyGold(workload, oracle);
            describe(workload, oracle);
            Blunders blunders = new Blunders(workload, skills, oracle);
            out.printf(java.util.Locale.ROOT, "model-aware stub: %s; mistakes made ready for %d distinct questions %s,"
                    + " none possible for %d%n", skills.describe(), blunders.kinds().values().stream()
                    .mapToInt(Integer::intValue).sum(), blunders.kinds(), blunders.noMistakePossible());
            List<StreamRun.Result> results;
            try (LlmStubServer stub = LlmStubServer.start(new AnswerBook(workload.goldByQuestion()), models,
                    options.virtualClock(), blunders)) {
                results = replayAll(workload, stub, oracle);
            }
            writeDetails(results);
            List<Tally> tallies = results.stream().map(StreamRun.Result::tally).toList();
            ObjectNode line = ReplayReport.json(workload, tallies, prices);
            ReplayReport.print(out, tallies, line, prices, (System.nanoTime() - started) / 1e9);
            out.println(JSON.valueToTree(line).toString());
            return line;
        }
    }

    /** Every contestant that starts, through the whole stream; results in the order of the options. */
    private List<StreamRun.Result> replayAll(Workload workload, LlmStubServer stub, GoldOracle oracle)
            throws SQLException {
        List<Contestant> contestants = new ArrayList<>();
        try {
            for (String name : options.contestants()) {
                try {
                    contestants.add(create(name, stub));
                } catch (RuntimeException e) {
                    // One contestant that cannot start must not cost the others their run.
                    out.println(name + ": not run: " + e.getMessage());
                }
            }
            List<StreamRun> runs = contestants.stream().map(c -> new StreamRun(c, workload, stub, prices, oracle,
                    options.virtualClock(), options.details() != null, progress)).toList();
            return options.oneAtATime() ? inTurn(runs) : atOnce(runs);
        } finally {
            contestants.forEach(Contestant::close);
        }
    }

    private static List<StreamRun.Result> inTurn(List<StreamRun> runs) throws SQLException {
        List<StreamRun.Result> results = new ArrayList<>();
        for (StreamRun run : runs) {
            results.add(run.run());
        }
        return results;
    }

    private static List<StreamRun.Result> atOnce(List<StreamRun> runs) throws SQLException {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, runs.size()), task -> {
            Thread thread = new Thread(task, "replay");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<StreamRun.Result>> futures = new ArrayList<>();
            for (StreamRun run : runs) {
                futures.add(threads.submit(run::run));
            }
            List<StreamRun.Result> results = new ArrayList<>();
            for (Future<StreamRun.Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the replay was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private void writeDetails(List<StreamRun.Result> results) {
        if (options.details() == null) {
            return;
        }
        try (BufferedWriter details = Files.newBufferedWriter(options.details())) {
            for (StreamRun.Result result : results) {
                for (String line : result.details()) {
                    details.write(line);
                    details.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Contestant create(String name, LlmStubServer stub) {
        String prices = models.asAskDbPrices();
        return switch (name) {
            case "askdb" -> AskDbContestant.byDefault(DATABASE_URL, stub.baseUrl("askdb"), prices);
            case "baseline" -> AskDbContestant.baseline("baseline", "o4-mini", DATABASE_URL, stub.baseUrl("baseline"),
                    prices);
            case "baseline-default" -> AskDbContestant.baseline("baseline-default", "gpt-4.1", DATABASE_URL,
                    stub.baseUrl("baseline-default"), prices);
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

    /**
     * Whether an answer can be told right or wrong by its rows: not empty, and not a single NULL or
     * zero, which a wrong statement returns as easily as a right one.
     */
    static boolean tellsRightFromWrong(GoldOracle oracle, String sql) {
        try {
            return informative(oracle.rows(sql));
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean informative(List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        if (rows.size() == 1 && rows.get(0).size() == 1) {
            Object value = rows.get(0).get(0);
            return value != null && !(value instanceof Number n && n.doubleValue() == 0);
        }
        return true;
    }

    private void describe(Workload workload, GoldOracle oracle) throws SQLException {
        long informative = 0;
        for (StreamQuestion q : workload.questions()) {
            informative += informative(oracle.rows(q.goldSql())) ? 1 : 0;
        }
        out.printf(java.util.Locale.ROOT, "machine: %d cores, load average %.2f at the start; Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        out.printf(java.util.Locale.ROOT,
                "stream: %d questions (seed %d, %s, %s phrasings), %d distinct texts; asked before: %.1f%% word for"
                        + " word, %.1f%% in meaning; by hardness %s; gold answers neither empty nor zero: %.1f%%%n",
                workload.questions().size(), workload.seed(),
                options.repeatRate() >= 0 ? String.format(java.util.Locale.ROOT, "repeat rate %.2f", options.repeatRate())
                        : String.format(java.util.Locale.ROOT, "Zipf exponent %.2f", workload.zipfExponent()),
                options.phrasings().wireName(), workload.distinctQuestions(),
                100 * workload.repeatedTextShare(), 100 * workload.repeatedIntentShare(), workload.byHardness(),
                100.0 * informative / workload.questions().size());
        out.printf(java.util.Locale.ROOT, "clock: %s; models: gpt-4.1 %.1f s a call, o4-mini %.1f s a call%n",
                options.virtualClock() ? "virtual (model latency added, not waited)" : "real (the stub waits)",
                models.get("gpt-4.1").latency().toMillis() / 1000.0, models.get("o4-mini").latency().toMillis() / 1000.0);
        prices.forEach(p -> out.println("prices, " + p.describe()));
    }


    private static HikariDataSource pool(String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(DATABASE_URL);
        config.setMaximumPoolSize(size);
        config.setReadOnly(true);
        return new HikariDataSource(config);
    }
}
