package io.askdb.cache.semantic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.text.Operators;
import io.askdb.text.StopWords;
import io.askdb.text.Words;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a database's table and column names, stemmed ("SalesOrderHeader" gives "sale",
 * "order", "header"), so the semantic guard can tell "customers" (a table) from "clients" (a
 * synonym the embedding must judge). Computed once per catalog.
 */
public record SchemaTerms(Set<String> terms) {

    public static final SchemaTerms NONE = new SchemaTerms(Set.of());

    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^\\p{L}]+");
    private static final Cache<SchemaCatalog, SchemaTerms> BY_CATALOG = Caffeine.newBuilder().weakKeys().build();

    public SchemaTerms {
        terms = Set.copyOf(terms);
    }

    public static SchemaTerms of(SchemaCatalog catalog) {
        return BY_CATALOG.get(catalog, SchemaTerms::build);
    }

    private static SchemaTerms build(SchemaCatalog catalog) {
        Set<String> terms = new HashSet<>();
        for (TableInfo table : catalog.tables()) {
            add(terms, table.name());
            for (ColumnInfo column : table.columns()) {
                add(terms, column.name());
            }
        }
        return new SchemaTerms(terms);
    }

    /** Adds a name's words and the whole name (lower case, stemmed); operator and filler words excluded. */
    public static void add(Set<String> terms, String name) {
        addWord(terms, name.replaceAll("[^\\p{L}\\p{N}]", ""));
        for (String part : WORD_BREAK.split(name)) {
            addWord(terms, part);
        }
    }

    private static void addWord(Set<String> terms, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 2 || StopWords.FILLER.contains(lower) || Operators.isOperatorWord(lower)) {
            return;
        }
        terms.add(Words.stem(lower));
    }

    public boolean contains(String stem) {
        return terms.contains(stem);
    }
}
