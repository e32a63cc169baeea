package io.askdb.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.AskDb;
import io.askdb.app.Json;
import io.askdb.config.AskDbConfig;
import io.askdb.api.AskDbException;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.sql.QueryResult;
import io.askdb.sql.SqlExecutor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Runs every question of a JSONL file through askdb on its SQLite database, writes one JSON line
 * per question, and scores execution accuracy where gold SQL is given. Databases are opened once
 * each (questions are grouped by database as they come), and opening is not counted in the timing.
 */
final class EvalRunner {

    /** Eval compares whole results, so the row bound is far above any gold result. */
    private static final int EVAL_MAX_ROWS = 100_000;

    private final AskDbConfig config;
    private final Path dbDir;
    private final boolean offline;
    private final boolean noCache;
    private final PrintStream progressOut;

    private String openDbId;
    private AskDb openAskDb;
    private SqlExecutor goldExecutor;

    EvalRunner(AskDbConfig config, Path dbDir, boolean offline, boolean noCache, PrintStream progressOut) {
        this.config = config;
        this.dbDir = dbDir;
        this.offline = offline;
        this.noCache = noCache;
        this.progressOut = progressOut;
    }

    EvalReport run(Path input, Writer output) throws IOException {
        List<EvalQuestion> questions = read(input);
        EvalReport report = new EvalReport();
        ProgressBar bar = new ProgressBar(progressOut, questions.size());
        try {
            for (int i = 0; i < questions.size(); i++) {
                EvalQuestion q = questions.get(i);
                ObjectNode line = evaluate(q, report);
                output.write(Json.compact(line));
                output.write('\n');
                bar.update(i + 1, q.dbId());
            }
        } finally {
            closeOpen();
        }
        output.flush();
        return report;
    }

    private ObjectNode evaluate(EvalQuestion q, EvalReport report) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.set("id", q.id());
        line.put("db_id", q.dbId());
        Path file = locate(q.dbId());
        if (file == null) {
            line.putNull("sql").put("tier", "airplane").put("elapsedMs", 0.0).put("llmCalls", 0)
                    .put("error", "no database file " + q.dbId() + ".sqlite in " + dbDir);
            report.add("airplane", q.hardness(), 0.0, 0, true, null);
            return line;
        }
        AskDb askdb = open(q.dbId(), file);
        QueryResponse r = askdb.ask(new QueryRequest(q.question(), null, offline, noCache, ""));
        line.put("sql", r.sql());
        line.put("tier", r.tier().wireName());
        line.put("elapsedMs", r.elapsedMs());
        line.put("llmCalls", r.llmCalls());
        if (r.error() == null) {
            line.putNull("error");
        } else {
            line.put("error", r.error().code() + ": " + r.error().message());
        }
        Boolean correct = q.gold() == null ? null : score(r, q.gold());
        if (correct != null) {
            line.put("correct", correct);
        }
        report.add(r.tier().wireName(), q.hardness(), r.elapsedMs(), r.llmCalls(), !r.success(), correct);
        return line;
    }

    private Boolean score(QueryResponse r, String gold) {
        QueryResult expected;
        try {
            expected = goldExecutor.execute(gold);
        } catch (AskDbException e) {
            return null; // a gold query that does not run cannot score anything
        }
        return r.success() && ResultComparator.matches(r.rows(), expected.rows(), gold);
    }

    private AskDb open(String dbId, Path file) {
        if (!dbId.equals(openDbId)) {
            closeOpen();
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            openAskDb = AskDb.builder()
                    .config(config.withDatabase(config.database().withUrl(url).withMaxRows(EVAL_MAX_ROWS)))
                    .build();
            goldExecutor = new SqlExecutor(readOnly(url), Duration.ofSeconds(30), EVAL_MAX_ROWS);
            openDbId = dbId;
        }
        return openAskDb;
    }

    private static SQLiteDataSource readOnly(String url) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setReadOnly(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(url);
        return dataSource;
    }

    private void closeOpen() {
        if (openAskDb != null) {
            openAskDb.close();
            openAskDb = null;
            openDbId = null;
        }
    }

    private Path locate(String dbId) {
        for (Path candidate : List.of(dbDir.resolve(dbId + ".sqlite"), dbDir.resolve(dbId).resolve(dbId + ".sqlite"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<EvalQuestion> read(Path input) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(input)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(text);
                } catch (IOException e) {
                    throw new IllegalArgumentException("line " + number + " of " + input + " is not JSON: "
                            + e.getMessage(), e);
                }
                questions.add(EvalQuestion.parse(node, number));
            }
        }
        return questions;
    }
}
