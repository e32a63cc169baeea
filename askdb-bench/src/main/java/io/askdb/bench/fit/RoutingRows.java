package io.askdb.bench.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.llm.ComplexityAnalyzer;
import io.askdb.offline.OfflineWorkbench;
import io.askdb.schema.linking.SchemaSelector;
import io.askdb.sql.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.sqlite.SQLiteConfig;

/**
 * Spider train questions read for routing: for each question, in its original wording and in the
 * reworded one (Spider-Syn, line for line), the difficulty estimate's inputs as core computes them
 * before any model call (the offline reading, the schema selection's size, the seed's keyword
 * score), the seed's keyword score alone and the shipped estimate's score. Databases are opened
 * read-only; questions on an absent database are left out.
 */
final class RoutingRows {

    /**
     * One question in one wording.
     *
     * @param x the inputs, in {@link OfflineWorkbench#difficultyInputNames()} order
     * @param seed the seed's keyword score
     * @param shipped the shipped estimate's score
     */
    record Row(int id, String db, String hardness, boolean reworded, double[] x, double seed, double shipped) {

        /** Hard or extra-hard: what should go to the complex model. */
        boolean hard() {
            return hardness.equals("hard") || hardness.equals("extra");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoutingRows() {}

    /**
     * @param reworded Spider-Syn's train.jsonl, or null for the original wording only
     * @param sample which question ids to read
     */
    static List<Row> read(Path spider, Path reworded, IntPredicate sample, int dbEvery, int threads)
            throws IOException, InterruptedException {
        Map<Integer, String> rewording = new LinkedHashMap<>();
        if (reworded != null) {
            for (String line : Files.readAllLines(reworded)) {
                JsonNode n = JSON.readTree(line);
                rewording.put(n.get("id").asInt(), n.get("question").asText());
            }
        }
        Map<String, List<JsonNode>> byDb = new LinkedHashMap<>();
        for (String line : Files.readAllLines(spider.resolve("train.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            if (sample.test(n.get("id").asInt())) {
                byDb.computeIfAbsent(n.get("db_id").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        List<String> names = new ArrayList<>(new TreeSet<>(byDb.keySet()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Row>>> futures = new ArrayList<>();
        for (int i = 0; i < names.size(); i += dbEvery) {
            String db = names.get(i);
            futures.add(pool.submit(() -> readDb(spider.resolve("db"), db, byDb.get(db), rewording)));
        }
        List<Row> all = new ArrayList<>();
        try {
            for (Future<List<Row>> f : futures) {
                all.addAll(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return all;
    }

    private static List<Row> readDb(Path dbDir, String db, List<JsonNode> questions, Map<Integer, String> rewording)
            throws SQLException {
        Path file = dbDir.resolve(db + ".sqlite");
        if (!Files.exists(file)) {
            file = dbDir.resolve(db).resolve(db + ".sqlite");
        }
        List<Row> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out; // never opened: opening a missing file would create it
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        ComplexityAnalyzer keywords = new ComplexityAnalyzer();
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            OfflineWorkbench reader = OfflineWorkbench.open(c, Dialect.SQLITE);
            for (JsonNode n : questions) {
                int id = n.get("id").asInt();
                String hardness = n.get("hardness").asText();
                out.add(row(reader, keywords, id, db, hardness, false, n.get("question").asText()));
                String other = rewording.get(id);
                if (other != null) {
                    out.add(row(reader, keywords, id, db, hardness, true, other));
                }
            }
        }
        return out;
    }

    private static Row row(OfflineWorkbench reader, ComplexityAnalyzer keywords, int id, String db, String hardness,
            boolean reworded, String question) {
        int selected = SchemaSelector.choose(reader.catalog(), question).detailed().size();
        ComplexityAnalyzer.Complexity seed = keywords.analyze(question);
        Map<String, Double> inputs = reader.difficultyInputs(question, selected, seed);
        double[] x = OfflineWorkbench.difficultyInputNames().stream().mapToDouble(inputs::get).toArray();
        double shipped = reader.difficulty(question, selected, seed).score();
        return new Row(id, db, hardness, reworded, x, seed.score(), shipped);
    }
}
