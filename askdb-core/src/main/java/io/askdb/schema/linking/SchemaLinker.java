package io.askdb.schema.linking;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.text.QuestionTokens;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Links question phrases to tables, columns and values of one catalog. Names are split from
 * snake_case and CamelCase and compared as lemmas, so "list prices" finds {@code ListPrice} and
 * "heads of departments" finds {@code head}; a question word also finds the names its synonyms
 * give ({@link Words#schemaWordsFor}) and values through a {@link ValueLookup}. Built once per
 * catalog; immutable and thread-safe. Public for the offline reader, which links every question.
 */
public final class SchemaLinker {

    private static final int MAX_SPAN = 5;
    private static final Set<String> FILLER = StopWords.NAME_FILLER;
    private static final Set<String> GENERIC = Set.of("id", "code", "number", "name", "type", "date", "detail",
            "description", "value", "info", "information", "status", "other");

    /** Stop words that columns are often named after ("other_details"): linked when a column has them. */
    private static final Set<String> STOP_NOUNS = Set.of("detail", "information", "info", "record", "data", "value",
            "entry");

    /** Last words of table names that say how a thing is stored, not what it is; the score of the rest. */
    private static final Map<String, Double> STRUCTURAL = Map.of("header", 0.8, "master", 0.8, "head", 0.75,
            "detail", 0.6, "line", 0.6, "item", 0.6, "info", 0.75, "information", 0.75, "record", 0.75, "entry", 0.7);

    private final Map<String, List<Mention.Link>> phrases = new HashMap<>();
    /** Unsplittable long column names, for head-word matching; value holds the glued name. */
    private final List<Mention.Link> heads = new ArrayList<>();
    private final ValueLookup values;

    public SchemaLinker(SchemaCatalog catalog, ValueLookup values) {
        this.values = values;
        for (TableInfo table : catalog.tables()) {
            List<String> tableWords = new ArrayList<>(Words.splitIdentifier(table.name()));
            tableWords.removeIf(FILLER::contains);
            if (tableWords.isEmpty()) {
                tableWords.add(table.name().toLowerCase(java.util.Locale.ROOT));
            }
            add(String.join(" ", tableWords), new Mention.Link(table, null, 1.0, null));
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
        if (n >= 2) {
            add(sortedKey(words), new Mention.Link(table, column, 0.85, null));
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

    /**
     * Non-overlapping mentions in question order, chosen greedily by covered words and match quality.
     *
     * @param tokens the question in the lemma reading ({@link QuestionTokens#read})
     * @param inCue whether a token belongs to a phrase that shapes the SQL ("how many", "older than"):
     *     such words name a column only when they match it well
     */
    public List<Mention> link(List<Token> tokens, IntPredicate inCue) {
        Tokens q = new Tokens(tokens, inCue);
        List<Mention> found = new ArrayList<>();
        int n = q.size();
        for (int i = 0; i < n; i++) {
            Token t = q.token(i);
            if (t.kind() == Token.Kind.QUOTED) {
                found.add(valueMention(i, i + 1, t.text(), 1.5));
                continue;
            }
            for (int len = 1; len <= MAX_SPAN && i + len <= n; len++) {
                schemaMention(q, i, i + len).ifPresent(found::add);
                valueMentionAt(q, i, i + len).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingDouble(SchemaLinker::weight).reversed()
                .thenComparingInt(Mention::start));
        boolean[] taken = new boolean[n];
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : found) {
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return coordinate(q, chosen);
    }

    /** "first and last names": a word before "and" borrows the head of the column name after it. */
    private List<Mention> coordinate(Tokens q, List<Mention> chosen) {
        List<Mention> out = new ArrayList<>(chosen);
        for (Mention next : chosen) {
            int i = next.start() - 2;
            if (next.kind() != Mention.Kind.COLUMN || next.length() < 2 || i < 0
                    || !Set.of("and", "or", ",").contains(q.token(i + 1).lower()) || !q.token(i).isWord()) {
                continue;
            }
            borrow(out, i, List.of(q.token(i).lemma(), q.token(next.end() - 1).lemma()));
        }
        for (Mention prev : chosen) {
            int i = prev.end() + 1;
            if (prev.kind() != Mention.Kind.COLUMN || prev.length() < 2 || i >= q.size()
                    || !Set.of("and", "or", ",").contains(q.token(prev.end()).lower()) || !q.token(i).isWord()) {
                continue;
            }
            borrow(out, i, List.of(q.token(prev.start()).lemma(), q.token(i).lemma()));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Replaces a weak one-word mention at {@code i} with the column {@code key} names, if one does. */
    private void borrow(List<Mention> out, int i, List<String> key) {
        Mention current = null;
        for (Mention m : out) {
            if (m.start() <= i && i < m.end()) {
                current = m;
            }
        }
        if (current != null && (current.length() > 1 || current.bestScore() >= 0.9)) {
            return;
        }
        List<Mention.Link> links = lookup(key).stream().filter(l -> l.column() != null && l.score() >= 0.9).toList();
        if (!links.isEmpty()) {
            out.remove(current);
            out.add(new Mention(i, i + 1, Mention.Kind.COLUMN, links, 1));
        }
    }

    private static double weight(Mention m) {
        double quality = m.bestScore();
        if (m.kind() == Mention.Kind.VALUE) {
            quality = m.links().isEmpty() ? 1.2 : m.links().get(0).score();
            return m.length() * quality;
        }
        return m.literal() instanceof Integer content ? content * quality + (m.kind() == Mention.Kind.TABLE ? 0.01 : 0)
                : m.length() * quality;
    }

    private Optional<Mention> schemaMention(Tokens q, int start, int end) {
        List<String> content = new ArrayList<>();
        int cueWords = 0;
        for (int k = start; k < end; k++) {
            Token t = q.token(k);
            if (t.kind() != Token.Kind.WORD) {
                return Optional.empty();
            }
            if (q.inCue(k)) {
                cueWords++;
            }
            if (!FILLER.contains(t.lemma())) {
                content.add(t.lemma());
            }
        }
        if (content.isEmpty() || FILLER.contains(q.lemma(start)) || FILLER.contains(q.lemma(end - 1))) {
            return Optional.empty();
        }
        List<Mention.Link> links = lookup(content);
        if (links.isEmpty()) {
            return Optional.empty();
        }
        double best = links.get(0).score();
        boolean single = content.size() == 1;
        boolean nounStop = single && STOP_NOUNS.contains(content.get(0)) && best >= 0.5;
        if (single && (StopWords.isStop(content.get(0)) && !nounStop || cueWords > 0) && best < 1.0) {
            return Optional.empty();
        }
        if (cueWords == end - start && single && best < 1.0) {
            return Optional.empty();
        }
        if (cueWords > 0 && best < 0.9) {
            return Optional.empty();
        }
        links = tableBeforeItsReference(links);
        Mention.Kind kind = links.get(0).column() == null ? Mention.Kind.TABLE : Mention.Kind.COLUMN;
        // The literal of a schema mention holds its count of content words, which its weight uses.
        return Optional.of(new Mention(start, end, kind, links, content.size()));
    }

    /**
     * "projects" matches the table Projects and AssignedTo.Project, the key that points at it, equally
     * well: the word names the table, and the key column is only how other rows refer to it.
     */
    private static List<Mention.Link> tableBeforeItsReference(List<Mention.Link> links) {
        Mention.Link top = links.get(0);
        if (top.column() == null) {
            return links;
        }
        for (Mention.Link l : links) {
            if (l.score() < top.score()) {
                break;
            }
            if (l.column() == null && references(top, l.table())) {
                List<Mention.Link> reordered = new ArrayList<>(links);
                reordered.remove(l);
                reordered.add(0, l);
                return reordered;
            }
        }
        return links;
    }

    private static boolean references(Mention.Link column, TableInfo target) {
        return ForeignKeys.references(column.table(), column.column(), target);
    }

    /** Links for a lemma sequence, trying synonyms of single words at a small discount. */
    public List<Mention.Link> lookup(List<String> lemmas) {
        String key = String.join(" ", lemmas);
        List<Mention.Link> exact = phrases.get(key);
        if (exact == null && lemmas.size() >= 2) {
            exact = phrases.get(sortedKey(lemmas));
        }
        if (exact == null) {
            exact = phrases.get("#" + glue(lemmas));
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
                            Mention.Link discounted = new Mention.Link(l.table(), l.column(), l.score() * discount, null);
                            merged.merge(identity(l), discounted, (x, y) -> x.score() >= y.score() ? x : y);
                        }
                    }
                }
            }
        }
        if (merged.isEmpty()) {
            return List.of();
        }
        List<Mention.Link> out = new ArrayList<>(merged.values());
        out.sort(Comparator.comparingDouble(Mention.Link::score).reversed());
        return out;
    }

    /** Tables and columns are records: two tables may hold equal column records, so key by name. */
    private static Object identity(Mention.Link l) {
        return l.column() == null ? l.table().id() : l.table().id().key() + "." + l.column().name();
    }

    private Optional<Mention> valueMentionAt(Tokens q, int start, int end) {
        boolean allStop = true;
        boolean capitalized = false;
        StringBuilder text = new StringBuilder();
        for (int k = start; k < end; k++) {
            Token t = q.token(k);
            if (t.kind() == Token.Kind.QUOTED || t.kind() == Token.Kind.SYMBOL) {
                return Optional.empty();
            }
            allStop &= StopWords.isStop(t.lemma()) || t.isNumber();
            capitalized |= t.capitalized() && k > 0;
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(t.text());
        }
        boolean letterAfterIs = end - start == 1 && text.length() == 1 && Character.isUpperCase(text.charAt(0))
                && start > 0 && Set.of("is", "=", "as").contains(q.token(start - 1).lower());
        if (allStop && !letterAfterIs || (end - start == 1 && text.length() < 2 && !letterAfterIs)) {
            return Optional.empty();
        }
        List<ValueLookup.Hit> hits = values.lookup(text.toString());
        if (hits.isEmpty() && end - start == 1) {
            // "male students" where the column holds 'M': a coded value the word stands for.
            for (String code : Words.valueCodes(q.token(start).lemma())) {
                hits = values.lookup(code);
                if (!hits.isEmpty()) {
                    break;
                }
            }
        }
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        double score = capitalized ? 1.1 : 0.75;
        return Optional.of(valueMention(start, end, hits.get(0).value(), score, hits));
    }

    private Mention valueMention(int start, int end, String text, double score) {
        return valueMention(start, end, text, score, values.lookup(text));
    }

    private static Mention valueMention(int start, int end, String text, double score, List<ValueLookup.Hit> hits) {
        List<Mention.Link> links = new ArrayList<>(hits.size());
        for (ValueLookup.Hit h : hits) {
            links.add(new Mention.Link(h.table(), h.column(), score, h.value()));
        }
        return new Mention(start, end, Mention.Kind.VALUE, links, text);
    }

    /** The question's tokens with the cue test, as the linking steps read them. */
    private record Tokens(List<Token> tokens, IntPredicate cues) {

        int size() {
            return tokens.size();
        }

        Token token(int i) {
            return tokens.get(i);
        }

        String lemma(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : "";
        }

        boolean inCue(int i) {
            return cues.test(i);
        }
    }
}
