package io.askdb.bench.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineWorkbench;
import io.askdb.sql.Dialect;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.sqlite.SQLiteConfig;

/**
 * Runs the offline answerer over Spider questions and scores it by execution, as Spider's official
 * execution match does: the predicted and gold queries run on the question's SQLite database and
 * their results are compared as multisets of rows (as lists when the gold query orders), the columns
 * in any order, numbers compared by value (1 equals 1.0). "Strict" also asks for the gold's column order.
 */
final class SpiderEvaluation {

    /**
     * One scored question.
     *
     * @param features the signals behind the confidence, as {@link OfflineWorkbench#features} gives them
     * @param correct right by Spider's official execution match (the columns in any order)
     * @param strict right with the columns in the gold's order too
     */
    record Outcome(int id, String db, String hardness, String question, String gold, String sql,
            double confidence, String explanation, JsonNode features, boolean correct, boolean strict, long nanos,
            long cpuNanos, int rows, boolean nullOnly,
            String error) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SpiderEvaluation() {}

    static List<Outcome> run(Path data, IntPredicate sample, int threads) throws IOException, InterruptedException {
        return run(data, sample, 1, threads);
    }

    /** As {@link #run(Path, IntPredicate, int)}, keeping only every {@code dbEvery}-th database in name order. */
    static List<Outcome> run(Path data, IntPredicate sample, int dbEvery, int threads)
            throws IOException, InterruptedException {
        Map<String, List<JsonNode>> byDb = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("train.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            if (sample.test(n.get("id").asInt())) {
                byDb.computeIfAbsent(n.get("db_id").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        if (dbEvery > 1) {
            List<String> names = new ArrayList<>(new java.util.TreeSet<>(byDb.keySet()));
            for (int i = 0; i < names.size(); i++) {
                if (i % dbEvery != 0) {
                    byDb.remove(names.get(i));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        for (var e : byDb.entrySet()) {
            futures.add(pool.submit(() -> runDb(data.resolve("db"), e.getKey(), e.getValue())));
        }
        List<Outcome> all = new ArrayList<>();
        try {
            for (Future<List<Outcome>> f : futures) {
                all.addAll(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        all.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return all;
    }

    private static List<Outcome> runDb(Path dbDir, String db, List<JsonNode> questions) throws SQLException {
        Path file = dbDir.resolve(db + ".sqlite");
        if (!Files.exists(file)) {
            file = dbDir.resolve(db).resolve(db + ".sqlite");
        }
        List<Outcome> out = new ArrayList<>();
        if (!Files.exists(file)) {
            for (JsonNode n : questions) {
                out.add(new Outcome(n.get("id").asInt(), db, n.get("hardness").asText(), n.get("question").asText(),
                        n.get("gold").asText(), null, 0, "", null, false, false, 0, 0, 0, false, "database absent"));
            }
            return out;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            OfflineWorkbench answerer = OfflineWorkbench.open(c, Dialect.SQLITE);
            for (JsonNode n : questions) {
                String question = n.get("question").asText();
                String gold = n.get("gold").asText();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<Candidate> candidates;
                String error = null;
                try {
                    candidates = answerer.candidates(question);
                } catch (RuntimeException e) {
                    candidates = List.of();
                    error = "answerer threw " + e;
                }
                long nanos = System.nanoTime() - t0;
                long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
                JsonNode features = candidates.isEmpty() ? null : answerer.features(question).orElse(null);
                Candidate best = candidates.isEmpty() ? null : candidates.get(0);
                boolean correct = false;
                boolean strict = false;
                int rowCount = 0;
                boolean nullOnly = false;
                if (best != null) {
                    try {
                        List<List<Object>> expected = rows(c, gold);
                        List<List<Object>> actual = rows(c, best.sql());
                        rowCount = actual.size();
                        nullOnly = !actual.isEmpty() && actual.stream().allMatch(row -> row.stream().allMatch("NULL"::equals));
                        boolean ordered = gold.toLowerCase(Locale.ROOT).contains("order by");
                        strict = same(expected, actual, ordered);
                        correct = strict || sameAnyColumnOrder(expected, actual, ordered);
                    } catch (SQLException e) {
                        error = e.getMessage();
                    }
                }
                out.add(new Outcome(n.get("id").asInt(), db, n.get("hardness").asText(), question, gold,
                        best == null ? null : best.sql(), best == null ? 0 : best.confidence(),
                        best == null ? "" : best.explanation(), features, correct, strict, nanos, cpuNanos, rowCount, nullOnly, error));
            }
        }
        return out;
    }

    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(20);
            st.setMaxRows(200_000);
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(normalize(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static Object normalize(Object v) {
        if (v instanceof Number num) {
            BigDecimal d = new BigDecimal(num.toString()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            return d.compareTo(BigDecimal.ZERO) == 0 ? "0" : d.toPlainString();
        }
        if (v instanceof String s) {
            try {
                if (s.matches("-?\\d+(\\.\\d+)?")) {
                    return normalize(new BigDecimal(s));
                }
            } catch (NumberFormatException e) {
                return s;
            }
            return s;
        }
        return v == null ? "NULL" : v.toString();
    }

    static boolean same(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
        if (expected.size() != actual.size()) {
            return false;
        }
        if (ordered) {
            return expected.equals(actual);
        }
        return sorted(expected).equals(sorted(actual));
    }

    private static List<String> sorted(List<List<Object>> rows) {
        List<String> keys = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            keys.add(r.toString());
        }
        Collections.sort(keys);
        return keys;
    }

    /**
     * Whether some order of the actual columns gives the expected rows, as the official metric asks:
     * only columns holding the same multiset of values as an expected column are tried in its place.
     */
    static boolean sameAnyColumnOrder(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
        if (expected.isEmpty() || actual.isEmpty() || expected.size() != actual.size()) {
            return false;
        }
        int n = expected.get(0).size();
        if (actual.get(0).size() != n) {
            return false;
        }
        List<List<Integer>> fits = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            List<String> want = column(expected, e);
            List<Integer> fit = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (column(actual, a).equals(want)) {
                    fit.add(a);
                }
            }
            if (fit.isEmpty()) {
                return false;
            }
            fits.add(fit);
        }
        return tryOrders(expected, actual, ordered, fits, new int[n], new boolean[n], 0);
    }

    private static List<String> column(List<List<Object>> rows, int i) {
        List<String> values = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            values.add(String.valueOf(r.get(i)));
        }
        Collections.sort(values);
        return values;
    }

    private static boolean tryOrders(List<List<Object>> expected, List<List<Object>> actual, boolean ordered,
            List<List<Integer>> fits, int[] perm, boolean[] used, int k) {
        if (k == perm.length) {
            List<List<Object>> moved = new ArrayList<>(actual.size());
            for (List<Object> row : actual) {
                List<Object> r = new ArrayList<>(perm.length);
                for (int p : perm) {
                    r.add(row.get(p));
                }
                moved.add(r);
            }
            return same(expected, moved, ordered);
        }
        for (int a : fits.get(k)) {
            if (!used[a]) {
                used[a] = true;
                perm[k] = a;
                boolean found = tryOrders(expected, actual, ordered, fits, perm, used, k + 1);
                used[a] = false;
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }
}
