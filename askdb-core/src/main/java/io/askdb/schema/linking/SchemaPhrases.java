package io.askdb.schema.linking;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.text.Embeddings;
import io.askdb.text.QuestionTokens;
import io.askdb.text.StopWords;
import io.askdb.text.Thesaurus;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases that name a catalog's tables and columns, as lemma sequences: each name split from
 * snake_case and CamelCase, its parts, its words sorted, its table's word in front, its remarks, and
 * the name glued for databases that fold case ({@code LISTPRICE}). {@link #lookup} finds the links
 * of a question phrase, with synonyms at a discount. Built once per catalog; immutable after that.
 */
final class SchemaPhrases {

    private static final Set<String> FILLER = StopWords.NAME_FILLER;
    private static final Set<String> GENERIC = Set.of("id", "code", "number", "name", "type", "date", "detail",
            "description", "value", "info", "information", "status", "other");


    /** Last words of table names that say how a thing is stored, not what it is; the score of the rest. */
    private static final Map<String, Double> STRUCTURAL = Map.of("header", 0.8, "master", 0.8, "head", 0.75,
            "detail", 0.6, "line", 0.6, "item", 0.6, "info", 0.75, "information", 0.75, "record", 0.75, "entry", 0.7);


    /** What a WordNet synonym's link keeps of its score, and a sense just above or below (kin). */
    private static final double SYNONYM = 0.7;
    private static final double KIN = 0.6;

    /** What a link found only by the embeddings' similarity keeps of its score. */
    private static final double SIMILAR = 0.6;
    /** How similar a word must be to a name, and by how much more than to any other name. */
    private static final double SIMILAR_MIN = Double.parseDouble(System.getProperty("askdb.embeddings.min", "0.55"));
    private static final double SIMILAR_MARGIN = Double.parseDouble(System.getProperty("askdb.embeddings.margin", "0.05"));

    private final Map<String, List<Mention.Link>> phrases = new HashMap<>();
    /** Each table's and column's own words, the phrases the embeddings compare a word with. */
    private final Map<String, List<Mention.Link>> names = new LinkedHashMap<>();
    private volatile List<Map.Entry<String, float[]>> nameVectors;
    /** Unsplittable long column names, for head-word matching; value holds the glued name. */
    private final List<Mention.Link> heads = new ArrayList<>();

    SchemaPhrases(SchemaCatalog catalog) {
        for (TableInfo table : catalog.tables()) {
            List<String> tableWords = new ArrayList<>(Words.splitIdentifier(table.name()));
            tableWords.removeIf(FILLER::contains);
            if (tableWords.isEmpty()) {
                tableWords.add(table.name().toLowerCase(java.util.Locale.ROOT));
            }
            add(String.join(" ", tableWords), new Mention.Link(table, null, 1.0, null));
            names.computeIfAbsent(String.join(" ", tableWords), k -> new ArrayList<>()).add(new Mention.Link(table, null, SIMILAR, null));
            if (tableWords.size() > 1) {
                String last = tableWords.get(tableWords.size() - 1);
                if (!GENERIC.contains(last)) {
                    add(last, new Mention.Link(table, null, 0.6, null));
                }
                // "ref_colors", "tbl_orders": the words after a short prefix name the table too.
                add(String.join(" ", tableWords.subList(1, tableWords.size())), new Mention.Link(table, null, 0.8, null));
                Double part = STRUCTURAL.get(last);
                if (part != null) {
                    // "SalesOrderHeader", "order_items": the words before a structural suffix name the thing.
                    List<String> head = tableWords.subList(0, tableWords.size() - 1);
                    add(String.join(" ", head), new Mention.Link(table, null, part, null));
                    add(head.get(head.size() - 1), new Mention.Link(table, null, part - 0.05, null));
                }
            }
            for (String remark : List.of(table.remarks())) {
                if (!remark.isBlank() && remark.length() < 40) {
                    add(lemmaPhrase(remark), new Mention.Link(table, null, 0.9, null));
                }
            }
            for (ColumnInfo column : table.columns()) {
                indexColumn(table, tableWords, column);
            }
            List<ColumnInfo> key = table.primaryKey();
            boolean idColumn = table.columns().stream().anyMatch(c -> Words.splitIdentifier(c.name()).contains("id"));
            if (key.size() == 1 && !idColumn && !key.get(0).isText()) {
                // "the ids of all aircrafts" asks for the key, whatever it is called (aid, eid).
                add("id", new Mention.Link(table, key.get(0), 0.9, null));
            }
            addGlued(table.name(), new Mention.Link(table, null, 1.0, null));
            for (ColumnInfo column : table.columns()) {
                addGlued(column.name(), new Mention.Link(table, column, 1.0, null));
                addGlued(table.name() + column.name(), new Mention.Link(table, column, 0.97, null));
            }
        }
        for (List<Mention.Link> links : phrases.values()) {
            links.sort(Comparator.comparingDouble(Mention.Link::score).reversed());
        }
    }

    private void indexColumn(TableInfo table, List<String> tableWords, ColumnInfo column) {
        List<String> words = new ArrayList<>(Words.splitIdentifier(column.name()));
        for (int k = words.size() - 2; k >= 1; k--) {
            if (FILLER.contains(words.get(k))) {
                words.remove(k); // num_of_audience: "number audience"; a_id keeps its "a"
            }
        }
        int n = words.size();
        add(String.join(" ", words), new Mention.Link(table, column, 1.0, null));
        names.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(new Mention.Link(table, column, SIMILAR, null));
        if (n >= 2) {
            add(sortedKey(words), new Mention.Link(table, column, 0.85, null));
        }
        boolean key = table.primaryKey().contains(column) || table.inForeignKey(column);
        if (n >= 3 && words.get(n - 1).equals("code") && !key) {
            // "product types" for product_type_code: the code is how the schema stores the type. A key
            // code (Ref_Document_Types.document_type_code) leaves "document type" to its table.
            add(String.join(" ", words.subList(0, n - 1)), new Mention.Link(table, column, 0.9, null));
        }
        if (!words.get(0).equals(tableWords.get(tableWords.size() - 1))) {
            // "building height", "ship names": the table's word before the column's.
            List<String> prefixed = new ArrayList<>(tableWords);
            prefixed.addAll(words);
            add(String.join(" ", prefixed), new Mention.Link(table, column, 1.0, null));
            List<String> lastPrefixed = new ArrayList<>(List.of(tableWords.get(tableWords.size() - 1)));
            lastPrefixed.addAll(words);
            add(String.join(" ", lastPrefixed), new Mention.Link(table, column, 0.97, null));
        }
        if (!column.remarks().isBlank() && column.remarks().length() < 40) {
            add(lemmaPhrase(column.remarks()), new Mention.Link(table, column, 0.9, null));
        }
        for (int from = 0; from < n; from++) {
            for (int to = from + 1; to <= n; to++) {
                if (from == 0 && to == n) {
                    continue;
                }
                List<String> sub = words.subList(from, to);
                double share = (double) sub.size() / n;
                boolean head = to == n;
                boolean generic = sub.size() == 1 && GENERIC.contains(sub.get(0));
                boolean rest = from > 0 && to == n && words.subList(0, from).equals(tailOf(tableWords, from));
                double score = rest ? 0.95 : head ? 0.5 + 0.35 * share : 0.3 + 0.3 * share;
                if (generic && !rest) {
                    score -= 0.15;
                }
                add(String.join(" ", sub), new Mention.Link(table, column, score, null));
            }
        }
    }

    /**
     * Names that arrive without case or separators ({@code LISTPRICE}, {@code flno}) cannot be split,
     * so they are also indexed glued; a question phrase glued the same way finds them, and a single
     * question word that ends such a name links to it as its head ("price" in LISTPRICE).
     */
    private void addGlued(String identifier, Mention.Link link) {
        String glued = glue(Words.splitIdentifier(identifier));
        if (glued.length() < 4) {
            return;
        }
        add("#" + glued, link);
        if (link.column() != null && Words.splitIdentifier(link.column().name()).size() == 1 && glued.length() >= 7) {
            heads.add(new Mention.Link(link.table(), link.column(), 0.6, glued));
        }
    }

    private static String glue(List<String> words) {
        return String.join("", words);
    }

    private static String sortedKey(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        java.util.Collections.sort(sorted);
        return "~" + String.join(" ", sorted);
    }

    private static List<String> tailOf(List<String> tableWords, int length) {
        return tableWords.size() >= length ? tableWords.subList(tableWords.size() - length, tableWords.size()) : List.of();
    }

    private void add(String key, Mention.Link link) {
        if (key.isBlank()) {
            return;
        }
        List<Mention.Link> list = phrases.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (int i = 0; i < list.size(); i++) {
            Mention.Link existing = list.get(i);
            if (existing.table() == link.table() && existing.column() == link.column()) {
                if (existing.score() < link.score()) {
                    list.set(i, link);
                }
                return;
            }
        }
        list.add(link);
    }

    private static String lemmaPhrase(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : QuestionTokens.read(text)) {
            if (!FILLER.contains(t.lemma())) {
                out.add(t.lemma());
            }
        }
        return String.join(" ", out);
    }

    /** Links for a lemma sequence, trying synonyms of single words at a small discount. */
    List<Mention.Link> lookup(List<String> lemmas) {
        String key = String.join(" ", lemmas);
        List<Mention.Link> exact = phrases.get(key);
        if (exact == null && lemmas.size() >= 2) {
            exact = phrases.get(sortedKey(lemmas));
        }
        if (exact == null) {
            exact = phrases.get("#" + glue(lemmas));
        }
        if (exact == null && lemmas.size() >= 2) {
            // "max page size" names max_page_size, whose words were spelled out ("maximum page size").
            List<String> spelled = Words.spelledOut(lemmas);
            exact = spelled.equals(lemmas) ? null : phrases.get(String.join(" ", spelled));
        }
        if (exact == null && lemmas.size() == 1 && lemmas.get(0).length() >= 4 && !heads.isEmpty()) {
            List<Mention.Link> byHead = new ArrayList<>();
            for (Mention.Link h : heads) {
                if (h.value().endsWith(lemmas.get(0))) {
                    byHead.add(new Mention.Link(h.table(), h.column(), h.score(), null));
                }
            }
            exact = byHead.isEmpty() ? null : byHead;
        }
        Map<Object, Mention.Link> merged = new LinkedHashMap<>();
        if (exact != null) {
            for (Mention.Link l : exact) {
                merged.put(identity(l), l);
            }
        }
        if (lemmas.size() <= 2) {
            for (int k = 0; k < lemmas.size(); k++) {
                List<String> alternatives = Words.schemaWordsFor(lemmas.get(k));
                for (int a = 1; a < alternatives.size(); a++) {
                    List<String> variant = new ArrayList<>(lemmas);
                    variant.set(k, alternatives.get(a));
                    List<Mention.Link> found = phrases.get(String.join(" ", variant));
                    if (found != null) {
                        // A word the schema uses as written beats a synonym's reading of it.
                        double discount = exact != null && exact.get(0).score() >= 0.6 ? 0.75 : 0.9;
                        for (Mention.Link l : found) {
                            if (namesItsOwnTable(exact, l, lemmas)) {
                                // "account information" where accounts has account_details: that column, not the table.
                                merged.remove(identity(exact.get(0)));
                                merged.put(identity(l), new Mention.Link(l.table(), l.column(), exact.get(0).score(), null));
                                continue;
                            }
                            Mention.Link discounted = new Mention.Link(l.table(), l.column(), l.score() * discount, null);
                            merged.merge(identity(l), discounted, (x, y) -> x.score() >= y.score() ? x : y);
                        }
                    }
                }
            }
        }
        boolean open = lemmas.size() == 2 || lemmas.size() == 1 && !StopWords.isStop(lemmas.get(0));
        if (merged.isEmpty() && open) {
            // "clients", "surname", "family name": a WordNet synonym of the words names a table or column.
            addThesaurus(merged, Thesaurus.synonyms(String.join(" ", lemmas)), SYNONYM);
        }
        if (merged.isEmpty() && open) {
            // "chauffeurs" for driver, "airplanes" for aircraft: a sense just above or below names a table,
            // further discounted. Only tables: kin that named columns cost more than it gained on Spider.
            addThesaurus(merged, Thesaurus.kin(String.join(" ", lemmas)), KIN);
            merged.values().removeIf(l -> l.column() != null);
        }
        if (merged.isEmpty()) {
            return List.of();
        }
        List<Mention.Link> out = new ArrayList<>(merged.values());
        out.sort(Comparator.comparingDouble(Mention.Link::score).reversed());
        return out;
    }

    /**
     * "X information" read as table X by its structural last word, while table X has a column the
     * same words name with that word's schema spelling ("details"): the column is meant.
     */
    private static boolean namesItsOwnTable(List<Mention.Link> exact, Mention.Link found, List<String> lemmas) {
        return exact != null && lemmas.size() == 2 && STRUCTURAL.containsKey(lemmas.get(1))
                && exact.get(0).column() == null && found.column() != null && found.table() == exact.get(0).table();
    }

    /**
     * Links for a word no name and no synonym places, by meaning: the table or column whose words'
     * embedding is closest to the word's, when it is close and clearly closer than any other name
     * ("vocalist" to singer). The word is compared as its lemma and as written, whichever is closer:
     * the model reads "goods" nearer to products than "good". Empty without the embedding model.
     */
    List<Mention.Link> similar(List<String> forms) {
        if (!PhraseVectors.enabled()) {
            return List.of();
        }
        List<float[]> word = new ArrayList<>(2);
        for (String form : new java.util.LinkedHashSet<>(forms)) {
            PhraseVectors.of(form).ifPresent(word::add);
        }
        List<Map.Entry<String, float[]>> vectors = nameVectors();
        if (word.isEmpty() || vectors.isEmpty()) {
            return List.of();
        }
        String best = null;
        double first = -1;
        double second = -1;
        for (Map.Entry<String, float[]> name : vectors) {
            double s = -1;
            for (float[] w : word) {
                s = Math.max(s, Embeddings.similarity(w, name.getValue()));
            }
            if (s > first) {
                second = first;
                first = s;
                best = name.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        if (first < SIMILAR_MIN || first - second < SIMILAR_MARGIN) {
            return List.of();
        }
        return names.get(best);
    }

    private List<Map.Entry<String, float[]>> nameVectors() {
        List<Map.Entry<String, float[]>> v = nameVectors;
        if (v == null) {
            List<Map.Entry<String, float[]>> built = new ArrayList<>(names.size());
            for (String name : names.keySet()) {
                if (name.length() >= 3) { // not "id": any word of a question is a little like it
                    PhraseVectors.of(name).ifPresent(vector -> built.add(Map.entry(name, vector)));
                }
            }
            nameVectors = v = List.copyOf(built);
        }
        return v;
    }

    private void addThesaurus(Map<Object, Mention.Link> merged, List<String> alternatives, double discount) {
        for (String alternative : alternatives) {
            List<String> words = new ArrayList<>();
            for (String w : alternative.split(" ")) {
                words.add(Words.lemma(w));
            }
            List<Mention.Link> found = phrases.get(String.join(" ", words));
            if (found != null) {
                for (Mention.Link l : found) {
                    merged.putIfAbsent(identity(l), new Mention.Link(l.table(), l.column(), l.score() * discount, null));
                }
            }
        }
    }

    /** Tables and columns are records: two tables may hold equal column records, so key by name. */
    private static Object identity(Mention.Link l) {
        return l.column() == null ? l.table().id() : l.table().id().key() + "." + l.column().name();
    }
}
