package io.askdb.orchestration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.schema.linking.SchemaSelector;
import io.askdb.sql.SqlGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What users teach askdb per database: example question/SQL pairs and short notes ("revenue means
 * SubTotal, not TotalDue"), plus pairs askdb answered correctly before. Examples pass the guard
 * when added. The orchestration retrieves the examples most similar to a new question as few-shots.
 *
 * <p>Concurrency: per-database lists are copy-on-write; reads never block and see whole entries.
 */
public final class KnowledgeBase {

    /** An example question with the SQL that answers it; {@code learned} when askdb found it itself. */
    public record Example(String question, String sql, boolean learned) {}

    /**
     * An example with its question's words and lower-case form, worked out once when it is added
     * rather than on every search.
     */
    private record Indexed(Example example, WordPrint words, String lowerQuestion) {
        Indexed(Example example) {
            this(example, WordPrint.of(SchemaSelector.words(example.question())),
                    example.question().toLowerCase(Locale.ROOT));
        }
    }

    private static final int MAX_LEARNED_PER_DATABASE = 500;

    private final Map<String, List<Indexed>> examples = new ConcurrentHashMap<>();
    private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

    /**
     * Adds a user's example after the guard accepted its SQL.
     *
     * @throws io.askdb.sql.SqlRejectedException when the SQL is not a valid read-only query here
     */
    public void addExample(String database, String question, String sql, SqlGuard guard) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("an example needs a question");
        }
        guard.check(sql);
        list(examples, database).add(new Indexed(new Example(question.trim(), sql.trim(), false)));
    }

    public void addNote(String database, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a note must not be blank");
        }
        list(notes, database).add(note.trim());
    }

    /** Remembers a question askdb answered successfully, as a future few-shot example. */
    void remember(String database, String question, String sql) {
        List<Indexed> list = list(examples, database);
        String lower = question.toLowerCase(Locale.ROOT);
        if (list.stream().anyMatch(e -> e.lowerQuestion().equals(lower))) {
            return;
        }
        if (list.stream().filter(e -> e.example().learned()).count() >= MAX_LEARNED_PER_DATABASE) {
            list.stream().filter(e -> e.example().learned()).findFirst().ifPresent(list::remove);
        }
        list.add(new Indexed(new Example(question, sql, true)));
    }

    /**
     * The {@code limit} examples sharing the most words with the question (at least one word), by
     * Jaccard similarity of their word sets; of equally similar ones, the older first.
     */
    public List<Example> similarExamples(String database, String question, int limit) {
        WordPrint words = WordPrint.of(SchemaSelector.words(question));
        Example[] best = new Example[limit];
        double[] scores = new double[limit];
        int found = 0;
        for (Indexed e : examples.getOrDefault(database, List.of())) {
            double score = similarity(words, e.words());
            if (score <= 0) {
                continue;
            }
            int at = found;
            while (at > 0 && score > scores[at - 1]) {
                at--;
            }
            if (at >= limit) {
                continue;
            }
            int last = Math.min(found, limit - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            System.arraycopy(scores, at, scores, at + 1, last - at);
            best[at] = e.example();
            scores[at] = score;
            found = Math.min(found + 1, limit);
        }
        return List.of(Arrays.copyOf(best, found));
    }

    /** Every example of a database, the users' and those askdb learned, oldest first. */
    public List<Example> examples(String database) {
        return examples.getOrDefault(database, List.of()).stream().map(Indexed::example).toList();
    }

    public List<String> notes(String database) {
        return List.copyOf(notes.getOrDefault(database, List.of()));
    }

    /**
     * Reads a knowledge file: {@code {"<database>": {"examples": [{"question", "sql"}], "notes": ["..."]}}}.
     * Examples are checked by the guard of their database; {@code guards} maps database names to guards.
     */
    public void load(Path file, Map<String, SqlGuard> guards, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(Files.readString(file));
        var names = root.fieldNames();
        while (names.hasNext()) {
            String database = names.next();
            SqlGuard guard = guards.get(database);
            if (guard == null) {
                throw new IllegalArgumentException(file + ": unknown database '" + database + "'");
            }
            JsonNode entry = root.get(database);
            for (JsonNode example : entry.path("examples")) {
                addExample(database, example.path("question").asText(), example.path("sql").asText(), guard);
            }
            for (JsonNode note : entry.path("notes")) {
                addNote(database, note.asText());
            }
        }
    }

    private static double similarity(WordPrint words, WordPrint other) {
        if (other.size() == 0 || words.size() == 0) {
            return 0;
        }
        int common = words.common(other);
        return (double) common / (words.size() + other.size() - common);
    }

    private static <T> List<T> list(Map<String, List<T>> map, String database) {
        return map.computeIfAbsent(database, k -> new CopyOnWriteArrayList<>());
    }
}
