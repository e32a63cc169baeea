package io.askdb.orchestration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
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
 * (the tables a join would pass through). A small schema is sent whole.
 */
final class SchemaSelector {

    /** Up to this many tables, the whole schema goes into the prompt. */
    static final int WHOLE_SCHEMA_LIMIT = 12;
    private static final int MAX_TABLES = 10;
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\s.]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}_\\s.]");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "for", "by", "with", "and", "or",
            "to", "is", "are", "what", "which", "who", "how", "many", "much", "show", "list", "me", "all", "each",
            "per", "their", "its", "that", "have", "has", "from", "on", "at", "than", "more", "less", "most", "id");

    /** Each table's name words, read once per table: every question of the orchestration counts them. */
    private static final Cache<TableInfo, List<String>> NAME_WORDS = Caffeine.newBuilder().weakKeys().build();

    private SchemaSelector() {}

    /** The words of a table's name and of each of its columns' names, a name's words once each. */
    static List<String> nameWords(TableInfo table) {
        return NAME_WORDS.get(table, t -> {
            List<String> out = new ArrayList<>(words(t.name()));
            for (ColumnInfo column : t.columns()) {
                out.addAll(words(column.name()));
            }
            return List.copyOf(out);
        });
    }

    static List<TableInfo> select(SchemaCatalog catalog, String question) {
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
            neighbours(catalog, table).stream().filter(n -> chosen.size() < MAX_TABLES).forEach(chosen::add);
        }
        return chosen.isEmpty() ? all.subList(0, Math.min(MAX_TABLES, all.size())) : List.copyOf(chosen);
    }

    private static Set<TableInfo> neighbours(SchemaCatalog catalog, TableInfo table) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            catalog.table(fk.referencedTable()).ifPresent(out::add);
        }
        for (ForeignKeyInfo fk : catalog.foreignKeys()) {
            if (fk.referencedTable().equals(table.id())) {
                catalog.table(fk.table()).ifPresent(out::add);
            }
        }
        return out;
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

    /** Lower-case word stems: CamelCase and snake_case split, a plural 's' dropped. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String part : CAMEL.split(PUNCTUATION.matcher(text).replaceAll(" "))) {
            String w = part.toLowerCase(Locale.ROOT);
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static Set<TableId> ids(List<TableInfo> tables) {
        Set<TableId> ids = new LinkedHashSet<>();
        tables.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
