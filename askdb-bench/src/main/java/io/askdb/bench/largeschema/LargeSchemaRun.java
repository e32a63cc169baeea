package io.askdb.bench.largeschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the large-schema benchmark: builds the merged database, then asks askdb every chosen
 * Spider train question with the cache and the fast path off, so each question reaches the LLM tier.
 * The model is {@link OpenAiStubServer} over real HTTP through askdb's real LLM client; it answers
 * every call with the question's gold SQL (rewritten to the merged names) and reports the prompt's
 * tokens as OpenAI's o200k_base tokenizer counts them (gpt-4.1's).
 *
 * <p>A question is scored when its gold query runs on its own Spider database; the merged gold is
 * checked to give the same rows there, so a rewrite fault is counted as such, not as askdb's.
 */
final class LargeSchemaRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration VALUES_TIMEOUT = Duration.ofMinutes(10);
    /** A table in the prompt: in full ({@code CREATE TABLE t (}) or listed ({@code - t(a, b)}). */
    private static final Pattern PROMPT_TABLE = Pattern.compile("(?m)^(?:CREATE TABLE (\\S+) \\(|- ([^\\s(]+)\\()");
    private static final Encoding TOKENS = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    /** One Spider question. */
    record Question(int id, String db, String question, String gold, String hardness) {}

    /** What the stub saw of one call. */
    record Call(int promptTokens, Set<String> tablesInPrompt) {}

    /**
     * Options of a run. {@code dbEvery} and {@code dbOffset} choose a fold of the databases: in name
     * order, those whose index modulo {@code dbEvery} is {@code dbOffset} (1 and 0: every database).
     */
    record Options(Path spider, Path mergedFile, int every, int limit, Path details, int dbEvery, int dbOffset) {}

    private final Options options;
    private final PrintStream progress;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile String answer = "SELECT 1";

    LargeSchemaRun(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    LargeSchemaReport run() throws IOException, SQLException {
        long start = System.nanoTime();
        MergedSpider.Merged merged = MergedSpider.build(options.spider().resolve("db"), options.mergedFile());
        progress.printf(Locale.ROOT, "merged %d tables of %d databases into %s in %.1f s%n", merged.tableCount(),
                merged.tables().size(), merged.file(), (System.nanoTime() - start) / 1e9);
        List<Question> questions = questions(options.spider().resolve("train.jsonl"));
        LargeSchemaReport report = new LargeSchemaReport(merged.tableCount());
        try (OpenAiStubServer stub = OpenAiStubServer.start().recordRequests(false).otherwise(this::reply);
                AskDb askdb = AskDb.builder().config(AskDbConfig.fromMap(env(merged.file(), stub.baseUrl()))).build();
                Connection mergedDb = DriverManager.getConnection("jdbc:sqlite:" + merged.file().toAbsolutePath());
                BufferedWriter details = options.details() == null ? null : Files.newBufferedWriter(options.details())) {
            // The values a question names help choose its tables once they are read (in the background, after
            // start-up): wait for them, so that the figures do not depend on how fast this machine read them.
            long indexing = System.nanoTime();
            if (!askdb.awaitSelectionValues(AskDb.DEFAULT_DATABASE, VALUES_TIMEOUT)) {
                throw new IllegalStateException("the value index was not ready within " + VALUES_TIMEOUT);
            }
            progress.printf(Locale.ROOT, "values for schema selection ready %.1f s after start-up%n",
                    (System.nanoTime() - indexing) / 1e9);
            int n = 0;
            List<String> databases = merged.tables().keySet().stream().sorted().toList();
            for (Question q : questions) {
                if (options.dbEvery() > 1 && databases.indexOf(q.db()) % options.dbEvery() != options.dbOffset()) {
                    continue;
                }
                Map<String, String> tables = merged.tables().get(q.db());
                if (tables == null || tables.isEmpty()) {
                    report.missingDatabase();
                    continue;
                }
                ObjectNode line = ask(q, tables, askdb, mergedDb, report);
                if (details != null) {
                    details.write(line.toString());
                    details.newLine();
                }
                if (++n % 500 == 0) {
                    progress.printf(Locale.ROOT, "%d/%d questions, %s%n", n, questions.size(), report.shortLine());
                }
            }
        }
        report.seconds((System.nanoTime() - start) / 1e9);
        return report;
    }

    private ObjectNode ask(Question q, Map<String, String> tables, AskDb askdb, Connection mergedDb,
            LargeSchemaReport report) {
        ObjectNode line = JSON.createObjectNode().put("id", q.id()).put("db", q.db()).put("question", q.question());
        List<List<Object>> original;
        try (Connection own = DriverManager.getConnection("jdbc:sqlite:"
                + options.spider().resolve("db").resolve(q.db() + ".sqlite").toAbsolutePath())) {
            original = rows(own, q.gold());
        } catch (SQLException e) {
            report.goldFails();
            return line.put("skipped", "the gold SQL fails on its own database: " + e.getMessage());
        }
        GoldRewriter.Rewritten gold = GoldRewriter.rewrite(q.gold(), tables);
        line.put("gold", gold.sql()).put("parsed", gold.parsed());
        List<List<Object>> expected;
        try {
            expected = rows(mergedDb, gold.sql());
        } catch (SQLException e) {
            report.rewriteFault();
            return line.put("skipped", "the rewritten gold fails on the merged database: " + e.getMessage());
        }
        if (!SameRows.match(expected, original, q.gold())) {
            report.rewriteFault();
            return line.put("skipped", "the rewritten gold gives other rows than the original");
        }
        calls.clear();
        answer = "```sql\n" + gold.sql() + "\n```";
        QueryResponse r = askdb.ask(QueryRequest.of(q.question()).withNoCache(true));
        boolean right = r.success() && r.rows() != null && SameRows.match(r.rows(), expected, gold.sql());
        List<Call> seen = List.copyOf(calls);
        Set<String> inPrompt = seen.isEmpty() ? Set.of() : seen.get(0).tablesInPrompt();
        List<String> missing = gold.tables().stream().filter(t -> !inPrompt.contains(t.toLowerCase(Locale.ROOT)))
                .toList();
        int firstPrompt = seen.isEmpty() ? 0 : seen.get(0).promptTokens();
        report.add(q.hardness(), right, seen.size(), firstPrompt, missing.isEmpty(), gold.parsed());
        line.put("right", right).put("calls", seen.size()).put("promptTokens", firstPrompt)
                .put("tier", r.tier() == null ? null : r.tier().wireName()).put("sql", r.sql());
        line.putPOJO("missingTables", missing);
        line.putPOJO("promptTables", inPrompt);
        if (!r.success()) {
            line.put("error", r.error() == null ? "failed" : r.error().code() + ": " + r.error().message());
        }
        return line;
    }

    private Reply reply(Recorded request) {
        JsonNode body = request.json();
        StringBuilder text = new StringBuilder();
        String user = "";
        for (JsonNode message : body.path("messages")) {
            String content = message.path("content").asText("");
            text.append(content).append('\n');
            if ("user".equals(message.path("role").asText())) {
                user = content;
            }
        }
        Set<String> tables = new LinkedHashSet<>();
        Matcher m = PROMPT_TABLE.matcher(user);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            tables.add(name.replace("\"", "").toLowerCase(Locale.ROOT));
        }
        int promptTokens = TOKENS.countTokens(text.toString());
        calls.add(new Call(promptTokens, tables));
        String content = answer;
        return Reply.chat(content, promptTokens, TOKENS.countTokens(content));
    }

    private static Map<String, String> env(Path merged, String baseUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_URL", "jdbc:sqlite:" + merged.toAbsolutePath());
        env.put("LLM_PROVIDER", "openai");
        env.put("OPENAI_BASE_URL", baseUrl);
        env.put("OPENAI_API_KEY", "large-schema");
        // Every question to the LLM tier: no fast path (requests also skip the cache).
        env.put("FAST_PATH_CONFIDENCE", "1.01");
        env.put("ASKDB_MAX_ROWS", "100000");
        env.put("ASKDB_LLM_MAX_RETRIES", "0");
        return env;
    }

    private List<Question> questions(Path trainJsonl) throws IOException {
        List<Question> all = new ArrayList<>();
        int index = 0;
        for (String text : Files.readAllLines(trainJsonl)) {
            if (text.isBlank()) {
                continue;
            }
            if (index++ % options.every() != 0) {
                continue;
            }
            JsonNode q = JSON.readTree(text);
            all.add(new Question(q.path("id").asInt(), q.path("db_id").asText(), q.path("question").asText(),
                    q.path("gold").asText(), q.path("hardness").asText()));
            if (options.limit() > 0 && all.size() >= options.limit()) {
                break;
            }
        }
        return all;
    }

    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(60);
            try (ResultSet rs = s.executeQuery(sql)) {
                int width = rs.getMetaData().getColumnCount();
                List<List<Object>> out = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }
}
