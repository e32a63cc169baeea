package io.askdb.schema.linking;

import io.askdb.schema.TableInfo;
import io.askdb.text.QuestionTokens;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a question names, as evidence for schema selection: among fourteen customer tables,
 * the one whose column holds 'California' is the one "customers from California" means. A phrase
 * is looked up whole before its parts ("Roberto Almeida", then "Roberto" and "Almeida" when the
 * whole is no value). A value held by few tables says more than one held by many ('yes', 'male'),
 * on the same log scale as {@link TableWords#weight}; a quoted or capitalized phrase, which names a
 * thing, counts more than a lower-case word, which is more often a schema word or a common noun.
 */
final class ValueEvidence {

    /** Longest phrase looked up, in words. */
    private static final int MAX_SPAN = 4;
    /** A quoted or capitalized phrase: as strong as the question naming the table itself. */
    private static final double NAMED = 2.0;
    /** A lower-case phrase: as strong as a column's name, and held by few tables or it counts for little. */
    private static final double PLAIN = 1.0;
    /** A quoted or capitalized word that is only part of a value. */
    private static final double PART = 1.0;
    /** A value held by more tables than this tells nothing about which table is meant. */
    private static final int MAX_TABLES = 25;

    /** One value of the question found in tables, with how much it says. */
    record Found(String phrase, List<ValueLookup.Hit> hits, double weight) {}

    private ValueEvidence() {}

    /** The question's values found in the index, longest phrases first, none overlapping another. */
    static List<Found> find(String question, ValueLookup values, int tableCount) {
        if (values == ValueLookup.NONE) {
            return List.of();
        }
        List<Token> tokens = QuestionTokens.read(question);
        List<Found> found = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        for (Token t : tokens) {
            // A quoted value is looked up whole; if it is none, its words are (the question's "Matthias
            // Blume" where first and last names are two columns), each counted as a name.
            if (t.kind() == Token.Kind.QUOTED && !lookUp(List.of(t), 0, 1, true, values, tableCount, found)) {
                for (Token part : QuestionTokens.read(t.text())) {
                    words.add(part);
                    quoted.add(true);
                }
            } else {
                words.add(t); // a quoted value found whole stays, as a bound no phrase crosses
                quoted.add(false);
            }
        }
        boolean[] taken = new boolean[words.size()];
        for (int len = MAX_SPAN; len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                if (free(taken, i, len) && worthLookingUp(words, i, len)
                        && lookUp(words, i, len, named(words, quoted, i, len), values, tableCount, found)) {
                    for (int k = i; k < i + len; k++) {
                        taken[k] = true;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Looks a phrase up as written, then in its lemmas ("Professors" finds 'Professor'); adds what it
     * says to {@code found} unless too many tables hold it.
     *
     * @return whether the phrase is a value at all
     */
    private static boolean lookUp(List<Token> tokens, int start, int len, boolean named, ValueLookup values,
            int tableCount, List<Found> found) {
        String phrase = phrase(tokens, start, len, false);
        List<ValueLookup.Hit> hits = values.lookup(phrase);
        if (hits.isEmpty()) {
            String lemmas = phrase(tokens, start, len, true);
            if (!lemmas.equalsIgnoreCase(phrase)) {
                hits = values.lookup(lemmas);
            }
        }
        double strength = named ? NAMED : PLAIN;
        if (hits.isEmpty() && named && len == 1) {
            // A name the question quotes or capitalizes may be one word of a value ("Diana", 'Diana Smith').
            hits = values.containing(phrase);
            strength = PART;
        }
        int holders = tables(hits).size();
        if (holders == 0) {
            return false;
        }
        if (holders <= MAX_TABLES) {
            double rarity = 1 + Math.log((double) (tableCount + 1) / (holders + 1));
            found.add(new Found(phrase, hits, strength * rarity));
        }
        return true;
    }

    /** Per table, per phrase, the evidence its values give, as {@link SchemaSelector} sums evidence. */
    static Map<TableInfo, Map<String, Double>> byTable(List<Found> found) {
        Map<TableInfo, Map<String, Double>> out = new HashMap<>();
        for (Found f : found) {
            for (TableInfo table : tables(f.hits())) {
                out.computeIfAbsent(table, t -> new HashMap<>()).merge("'" + f.phrase() + "'", f.weight(), Math::max);
            }
        }
        return out;
    }

    private static Set<TableInfo> tables(List<ValueLookup.Hit> hits) {
        Set<TableInfo> tables = new HashSet<>();
        hits.forEach(h -> tables.add(h.table()));
        return tables;
    }

    private static boolean free(boolean[] taken, int start, int len) {
        for (int k = start; k < start + len; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase worth a look-up: words, not only stop words or numbers (a number is a
     * value of nearly every table), no symbol inside, more than one letter.
     */
    private static boolean worthLookingUp(List<Token> tokens, int start, int len) {
        boolean content = false;
        for (int k = start; k < start + len; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.SYMBOL || t.kind() == Token.Kind.QUOTED) {
                return false;
            }
            content |= t.isWord() && !StopWords.isStop(t.lemma());
        }
        return content && (len > 1 || tokens.get(start).text().length() > 1);
    }

    /** Quoted, or a capitalized word that does not merely open the question. */
    private static boolean named(List<Token> tokens, List<Boolean> quoted, int start, int len) {
        for (int k = start; k < start + len; k++) {
            Token t = tokens.get(k);
            if (quoted.get(k) || t.capitalized() && !t.first()) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(List<Token> tokens, int start, int len, boolean lemmas) {
        StringBuilder text = new StringBuilder();
        for (int k = start; k < start + len; k++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(lemmas ? tokens.get(k).lemma() : tokens.get(k).text());
        }
        return text.toString();
    }
}
