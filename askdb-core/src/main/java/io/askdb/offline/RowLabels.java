package io.askdb.offline;

import io.askdb.text.Words;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.TableInfo;
import java.util.List;
import java.util.Locale;

/**
 * Which column names a table's rows: what a list of "products" shows, what a grouping "per
 * department" shows beside its count. A name or title column, else the single key.
 */
final class RowLabels {

    private RowLabels() {}

    /** The column that names a row of a table: a name or title, else the single key. */
    static Plan.Column labelColumn(TableInfo t) {
        Plan.Column name = nameColumn(t);
        if (name != null) {
            return name;
        }
        for (ColumnInfo c : t.columns()) {
            if (isHonorific(c)) {
                continue;
            }
            if (isNameLike(c) && c.isText()) {
                return new Plan.Column(t, c);
            }
        }
        List<ColumnInfo> pk = t.primaryKey();
        return pk.size() == 1 ? new Plan.Column(t, pk.get(0)) : null;
    }

    /** A text column called just name or title (or the table's word and name: product_name), if one. */
    static Plan.Column nameColumn(TableInfo t) {
        List<String> tableWords = Words.splitIdentifier(t.name());
        String last = tableWords.isEmpty() ? "" : Words.lemma(tableWords.get(tableWords.size() - 1));
        for (ColumnInfo c : t.columns()) {
            List<String> w = Words.splitIdentifier(c.name());
            boolean plain = w.size() == 1 && (w.get(0).equals("name") || w.get(0).equals("title"));
            // product_name in Product; campus in Campuses, city in City: the column that repeats the table's word.
            boolean own = w.size() == 2 && Words.lemma(w.get(0)).equals(last) && w.get(1).equals("name")
                    || tableWords.size() == 1 && w.size() == 1 && Words.lemma(w.get(0)).equals(last) && !c.primaryKey();
            if (isHonorific(c)) {
                continue;
            }
            if (c.isText() && (plain || own)) {
                return new Plan.Column(t, c);
            }
        }
        return null;
    }

    /** Whether the column's name says it names something: a name or a title. */
    static boolean isNameLike(ColumnInfo c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.contains("name") || n.contains("title");
    }

    /** Whether a question word is the table's own word ("products" for Product) though no mention took it. */
    static boolean namesTableWord(Question q, TableInfo t) {
        List<String> words = Words.splitIdentifier(t.name());
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return q.tokens().stream().anyMatch(tok -> tok.lemma().equals(last));
    }

    /** A short title column holds "Mr." or "Dr.", not what names the row. */
    private static boolean isHonorific(ColumnInfo c) {
        return c.isText() && c.name().toLowerCase(Locale.ROOT).contains("title") && c.size() > 0 && c.size() < 20;
    }
}
