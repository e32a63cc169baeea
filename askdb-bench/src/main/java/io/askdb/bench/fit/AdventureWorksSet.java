package io.askdb.bench.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineWorkbench;
import io.askdb.sample.SampleDatabase;
import io.askdb.sql.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question set of askdb's own on Microsoft's AdventureWorksLT rows in PostgreSQL, in the layout
 * PostgreSQL gives SQL Server's names (schema {@code saleslt}, {@code salesorderheader.orderqty}):
 * questions phrased as people ask them, each with gold SQL for that layout and a hardness label.
 * Questions are read offline (fast path and airplane mode, no LLM) and scored by execution on the
 * same database, as {@link SpiderEvaluation} scores Spider: right when the rows are the same, and
 * "lenient" right when they are the same with the columns in another order (as Spider's official
 * metric counts them: "number of products per colour" may list the count or the colour first).
 */
final class AdventureWorksSet {

    /**
     * The set the reader was tuned on, in this module's resources: one JSON object a line (id, db_id,
     * hardness, question, gold).
     */
    static final String RESOURCE = "/adventureworkslt/questions.jsonl";

    /**
     * A second set in the same form, written after the reader was tuned on the first and kept out of
     * its tuning: its figures are held out.
     */
    static final String HELD_OUT = "/adventureworkslt/questions-heldout.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One question of the set. */
    record Item(int id, String hardness, String question, String gold) {}

    private AdventureWorksSet() {}

    static List<Item> questions() {
        return questions(RESOURCE);
    }

    static List<Item> questions(String resource) {
        try (InputStream in = AdventureWorksSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            List<Item> items = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    items.add(new Item(n.get("id").asInt(), n.get("hardness").asText(), n.get("question").asText(),
                            n.get("gold").asText()));
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the database named by {@code url} on its server when it does not exist (through the
     * server's {@code postgres} database), then loads Microsoft's rows from {@code csvDir} into it,
     * replacing the {@code saleslt} schema there. Point it at a database of its own: the load drops
     * what another user of that schema left.
     */
    static void load(String url, Path csvDir) throws SQLException, IOException {
        if (Dialect.fromJdbcUrl(url) != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("the set's gold SQL is for PostgreSQL; --db was " + url);
        }
        createDatabaseIfAbsent(url);
        try (Connection c = DriverManager.getConnection(url)) {
            SampleDatabase.loadFromCsv(c, csvDir);
        }
    }

    static void createDatabaseIfAbsent(String url) throws SQLException {
        try (Connection ignored = DriverManager.getConnection(url)) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) { // invalid_catalog_name: no such database
                throw e;
            }
        }
        String name = databaseName(url);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("will not create a database named " + name);
        }
        try (Connection admin = DriverManager.getConnection(withDatabase(url, "postgres"));
                Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
    }

    /** Drops a database this tool created (tests do, with a name of their own). */
    static void dropDatabase(String url) throws SQLException {
        String name = databaseName(url);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("will not drop a database named " + name);
        }
        try (Connection admin = DriverManager.getConnection(withDatabase(url, "postgres"));
                Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static String databaseName(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String name = slash < 0 ? "" : rest.substring(slash + 1);
        int query = name.indexOf('?');
        return query < 0 ? name : name.substring(0, query);
    }

    static String withDatabase(String url, String database) {
        String name = databaseName(url);
        int at = url.indexOf("//") + 2 + url.substring(url.indexOf("//") + 2).indexOf('/') + 1;
        return url.substring(0, at) + database + url.substring(at + name.length());
    }

    /** Reads every question offline on the database at {@code url} and scores the best reading. */
    static List<SpiderEvaluation.Outcome> run(String url, List<Item> items) throws SQLException {
        List<SpiderEvaluation.Outcome> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setReadOnly(true);
            OfflineWorkbench answerer = OfflineWorkbench.open(c, Dialect.POSTGRESQL);
            for (Item item : items) {
                long t0 = System.nanoTime();
                List<Candidate> candidates;
                String error = null;
                try {
                    candidates = answerer.candidates(item.question());
                } catch (RuntimeException e) {
                    candidates = List.of();
                    error = "answerer threw " + e;
                }
                long nanos = System.nanoTime() - t0;
                Candidate best = candidates.isEmpty() ? null : candidates.get(0);
                JsonNode features = best == null ? null : answerer.features(item.question()).orElse(null);
                boolean correct = false;
                boolean lenient = false;
                int rowCount = 0;
                List<List<Object>> expected = SpiderEvaluation.rows(c, item.gold());
                if (expected.isEmpty()) {
                    throw new IllegalStateException("gold SQL of question " + item.id() + " returns no rows: " + item.gold());
                }
                if (best != null) {
                    try {
                        List<List<Object>> actual = SpiderEvaluation.rows(c, best.sql());
                        rowCount = actual.size();
                        boolean ordered = item.gold().toLowerCase(Locale.ROOT).contains("order by");
                        correct = SpiderEvaluation.same(expected, actual, ordered);
                        lenient = correct || SpiderEvaluation.sameAnyColumnOrder(expected, actual, ordered);
                    } catch (SQLException e) {
                        error = e.getMessage();
                    }
                }
                out.add(new SpiderEvaluation.Outcome(item.id(), "adventureworkslt", item.hardness(), item.question(),
                        item.gold(), best == null ? null : best.sql(), best == null ? 0 : best.confidence(),
                        best == null ? "" : best.explanation(), features, correct, lenient, nanos, 0, rowCount, false,
                        error));
            }
        }
        return out;
    }
}
