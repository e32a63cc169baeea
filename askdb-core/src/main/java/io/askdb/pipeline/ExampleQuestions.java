package io.askdb.pipeline;

import io.askdb.api.AskDbException;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineAnswerer;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Example questions that work on a database: the offline answerer's suggestions built from the
 * schema's names, kept only when it reads them again into SQL the guard accepts, and mixed so that
 * the kinds alternate (a count, a listing, an average) rather than one table's three in a row.
 *
 * <p>Thread-safe: the choice per catalogue is computed once and kept in a concurrent map keyed by
 * the catalogue instance (a reloaded schema gets a new choice).
 */
final class ExampleQuestions {

    static final int MAX = 5;

    private final Map<SchemaCatalog, List<String>> chosen = new ConcurrentHashMap<>();

    List<String> of(Database database, OfflineAnswerer answerer) {
        Database.Snapshot snapshot = database.snapshot();
        if (chosen.size() > 16) {
            chosen.clear();
        }
        return chosen.computeIfAbsent(snapshot.catalog(), c -> choose(snapshot, answerer));
    }

    private static List<String> choose(Database.Snapshot snapshot, OfflineAnswerer answerer) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String question : answerer.suggestions()) {
            if (!question.endsWith("?") && !question.startsWith("List ") || !works(snapshot, answerer, question)) {
                continue;
            }
            String kind = question.substring(0, question.indexOf(' ') < 0 ? question.length() : question.indexOf(' '));
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(question);
        }
        // Round robin over the kinds; kind j starts j tables further on, so the tables vary too.
        List<List<String>> kinds = new ArrayList<>(byKind.values());
        List<String> out = new ArrayList<>();
        int longest = kinds.stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < longest && out.size() < MAX; round++) {
            for (int j = 0; j < kinds.size() && out.size() < MAX; j++) {
                List<String> kind = kinds.get(j);
                if (round < kind.size()) {
                    String q = kind.get((round + j) % kind.size());
                    if (!out.contains(q)) {
                        out.add(q);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean works(Database.Snapshot snapshot, OfflineAnswerer answerer, String question) {
        List<Candidate> candidates = answerer.candidates(question);
        if (candidates.isEmpty()) {
            return false;
        }
        try {
            snapshot.guard().check(candidates.get(0).sql());
            return true;
        } catch (AskDbException e) {
            return false;
        }
    }
}
