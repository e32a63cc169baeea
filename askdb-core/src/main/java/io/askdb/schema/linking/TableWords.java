package io.askdb.schema.linking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of every table of a catalog (its name, each column's name, its remarks, as
 * {@link SchemaSelector#words} makes them) and how rare each word is among the tables: a word
 * found in one table of 700 ("gradepoint") says far more about where a question points than one
 * found in half of them ("name"). Built once per catalog and kept while the catalog lives.
 *
 * <p>Thread-safe: immutable once built; the per-catalog cache is Caffeine's.
 */
final class TableWords {

    /** One table's words. */
    record Of(Set<String> name, List<Set<String>> columns, Set<String> remarks) {}

    private static final Cache<SchemaCatalog, TableWords> BY_CATALOG = Caffeine.newBuilder().weakKeys().build();

    private final Map<TableInfo, Of> words = new HashMap<>();
    private final Map<String, Integer> tablesWithWord = new HashMap<>();
    private final int tables;

    private TableWords(SchemaCatalog catalog) {
        this.tables = catalog.tables().size();
        for (TableInfo table : catalog.tables()) {
            List<Set<String>> columns = new ArrayList<>();
            Set<String> all = new HashSet<>(SchemaSelector.words(table.name()));
            for (ColumnInfo column : table.columns()) {
                Set<String> w = SchemaSelector.words(column.name());
                columns.add(w);
                all.addAll(w);
            }
            words.put(table, new Of(SchemaSelector.words(table.name()), columns, SchemaSelector.words(table.remarks())));
            all.forEach(w -> tablesWithWord.merge(w, 1, Integer::sum));
        }
    }

    static TableWords of(SchemaCatalog catalog) {
        return BY_CATALOG.get(catalog, TableWords::new);
    }

    Of of(TableInfo table) {
        return words.get(table);
    }

    /** How telling a word is: 1 for a word in every table, more the rarer it is (log scale). */
    double weight(String word) {
        int count = tablesWithWord.getOrDefault(word, 0);
        return 1 + Math.log((double) (tables + 1) / (count + 1));
    }
}
