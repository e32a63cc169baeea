package io.askdb.schema.linking;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.text.QuestionTokens;
import io.askdb.text.StopWords;
import io.askdb.text.Thesaurus;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Links question phrases to tables, columns and values of one catalog: every span of up to five
 * words is looked up among the catalog's names ({@link SchemaPhrases}: split from snake_case and
 * CamelCase and compared as lemmas, so "list prices" finds {@code ListPrice} and "heads of
 * departments" finds {@code head}; synonyms through {@link Words#schemaWordsFor}) and among its
 * values ({@link ValueLookup}), then the best non-overlapping mentions are kept. Built once per
 * catalog; immutable and thread-safe. Public for the offline reader, which links every question.
 */
public final class SchemaLinker {

    private static final int MAX_SPAN = 5;
    private static final Set<String> FILLER = StopWords.NAME_FILLER;

    /** Stop words that columns are often named after ("other_details"): linked when a column has them. */
    private static final Set<String> STOP_NOUNS = Set.of("detail", "information", "info", "record", "data", "value",
            "entry");

    private final SchemaPhrases phrases;
    private final ValueLookup values;

    public SchemaLinker(SchemaCatalog catalog, ValueLookup values) {
        this.phrases = new SchemaPhrases(catalog);
        this.values = values;
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
        if (links.isEmpty() && content.size() == 1 && cueWords == 0 && closeInMeaningMayName(q, start, end, content.get(0))) {
            links = phrases.similar(List.of(content.get(0), q.token(end - 1).lower()));
        }
        if (links.isEmpty() || modifierIsAValueOfTheHead(q, start, end, content, links)) {
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
     * Whether a word no name places may be linked by meaning: a common noun ("vocalist", "enterprises"),
     * not a proper name, which is a value ("Spain", "English"), and not a verb ("taught", "located"),
     * which the reader places by the noun it modifies.
     */
    private static boolean closeInMeaningMayName(Tokens q, int start, int end, String lemma) {
        Token t = q.token(end - 1);
        return !StopWords.isStop(lemma) && lemma.length() >= 3 && lemma.chars().allMatch(Character::isLetter)
                && !(t.capitalized() && start > 0) && Thesaurus.isNoun(lemma);
    }

    /**
     * "history department", "the democratic party": WordNet knows the compound as a kind of the table
     * its last word names, but the first word is a value of that table ('History', 'Democratic'): it
     * says which department, so the two words are read apart.
     */
    private boolean modifierIsAValueOfTheHead(Tokens q, int start, int end, List<String> content, List<Mention.Link> links) {
        Mention.Link compound = links.get(0);
        if (content.size() != 2 || end - start != 2 || compound.column() != null || compound.score() >= 0.9) {
            return false;
        }
        boolean headNamesIt = lookup(List.of(content.get(1))).stream()
                .anyMatch(l -> l.column() == null && l.table() == compound.table() && l.score() >= 0.9);
        return headNamesIt && values.lookup(q.token(start).text()).stream().anyMatch(h -> h.table() == compound.table());
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
        return phrases.lookup(lemmas);
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
