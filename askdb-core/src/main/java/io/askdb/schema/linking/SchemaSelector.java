package io.askdb.schema.linking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.text.StopWords;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the part of a large schema a question needs, so the prompt stays small: tables whose
 * names, columns or remarks share words with the question, then their foreign-key neighbours
 * (the tables a join would pass through). A small schema is sent whole. Words are compared as
 * lemmas ({@link Words#lemma}), as the offline reader's linking compares them. Public for the
 * orchestration, which selects before it prompts.
 */
public final class SchemaSelector {

    /** Up to this many tables, the whole schema goes into the prompt. */
    public static final int WHOLE_SCHEMA_LIMIT = 12;
    private static final int MAX_TABLES = 10;
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\s.]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}_\\s.]");
    private static final Set<String> STOP = StopWords.SELECTION;

    /** Each table's name words, read once per table: every question of the orchestration counts them. */
    private static final Cache<TableInfo, List<String>> NAME_WORDS = Caffeine.newBuilder().weakKeys().build();

    private SchemaSelector() {}

    /** The words of a table's name and of each of its columns' names, a name's words once each. */
    public static List<String> nameWords(TableInfo table) {
        return NAME_WORDS.get(table, t -> {
            List<String> out = new ArrayList<>(words(t.name()));
            for (ColumnInfo column : t.columns()) {
                out.addAll(words(column.name()));
            }
            return List.copyOf(out);
        });
    }

    public static List<TableInfo> select(SchemaCatalog catalog, String question) {
        List<TableInfo> all = catalog.tables();
        if (all.size() <= WHOLE_SCHEMA_LIMIT) {
            return all;
        }
        Set<String> words = words(question);
        Map<TableInfo, Double> scores = new HashMap<>();
        for (TableInfo table : all) {
            double score = 2 * overlap(words, words(table.name())) + 0.5 * overlap(words, words(table.remarks()));
            for (ColumnInfo column : table.columns()) {
                score += 0.5 * overlap(words, words(column.name()));
            }
            if (score > 0) {
                scores.put(table, score);
            }
        }
        List<TableInfo> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((TableInfo t) -> -scores.get(t)).thenComparing(t -> t.id().key()));
        Set<TableInfo> chosen = new LinkedHashSet<>(ranked.subList(0, Math.min(MAX_TABLES / 2, ranked.size())));
        for (TableInfo table : List.copyOf(chosen)) {
            ForeignKeys.neighbours(catalog, table).stream().filter(n -> chosen.size() < MAX_TABLES).forEach(chosen::add);
        }
        return chosen.isEmpty() ? all.subList(0, Math.min(MAX_TABLES, all.size())) : List.copyOf(chosen);
    }

    private static double overlap(Set<String> question, Set<String> name) {
        int hits = 0;
        for (String word : name) {
            if (question.contains(word)) {
                hits++;
            }
        }
        return hits;
    }

    /** Lower-case lemmas: CamelCase and snake_case split, stop words and single letters left out. */
    public static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String part : CAMEL.split(PUNCTUATION.matcher(text).replaceAll(" "))) {
            String w = part.toLowerCase(Locale.ROOT);
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            out.add(Words.lemma(w));
        }
        return out;
    }

    public static Set<TableId> ids(List<TableInfo> tables) {
        Set<TableId> ids = new LinkedHashSet<>();
        tables.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
