package io.askdb.cache.semantic;

import io.askdb.text.LiteralWords;
import io.askdb.text.NumberWords;
import io.askdb.text.Operators;
import io.askdb.text.QuestionTokens;
import io.askdb.text.StopWords;
import io.askdb.text.Token.Kind;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a question says beyond what an embedding can tell apart: its literal values, its operators,
 * the schema names it uses and its other content words. Cosine similarity puts "customers in France"
 * and "customers in Spain" at 0.73, "over 100" and "under 100" at 0.97; two questions may share an
 * answer only when their signatures are {@linkplain #compatibleWith compatible}.
 *
 * @param literals quoted values (as written), numbers and dates, capitalized words, months, time
 *     units and relative times ("last", "this"), ordinals
 * @param operators classes of what is computed or compared: count, sum, max, gt, not, or, group…
 * @param schemaTerms stemmed words that name a table or column of the database
 * @param words every other stemmed word that is not filler ("located", "the", "show")
 */
public record QuestionSignature(Set<String> literals, Set<String> operators, Set<String> schemaTerms, Set<String> words) {

    public static QuestionSignature of(String question, SchemaTerms terms) {
        List<Token> tokens = NumberWords.fold(QuestionTokens.of(question));
        Set<String> literals = new HashSet<>();
        Set<String> operators = new HashSet<>();
        Set<String> schema = new HashSet<>();
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.QUOTED) {
                literals.add("quoted:" + token.text());
                i++;
                continue;
            }
            int consumed = operator(tokens, i, operators);
            if (consumed > 0) {
                i += consumed;
                continue;
            }
            i++;
            if (token.kind() == Kind.SYMBOL) {
                continue;
            }
            classify(token, terms, literals, operators, schema, words);
        }
        return new QuestionSignature(Set.copyOf(literals), Set.copyOf(operators), Set.copyOf(schema), Set.copyOf(words));
    }

    /** Matches the longest operator phrase at {@code start}; returns how many tokens it used. */
    private static int operator(List<Token> tokens, int start, Set<String> operators) {
        for (Map.Entry<List<String>, String> phrase : Operators.SIGNATURE) {
            List<String> words = phrase.getKey();
            if (start + words.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.size() && match; k++) {
                Token token = tokens.get(start + k);
                match = token.kind() != Kind.QUOTED && token.lower().equals(words.get(k));
            }
            if (match) {
                operators.add(phrase.getValue());
                return words.size();
            }
        }
        return 0;
    }

    private static void classify(Token token, SchemaTerms terms, Set<String> literals, Set<String> operators,
            Set<String> schema, Set<String> words) {
        String lower = token.lower();
        if (lower.endsWith("n't") || lower.endsWith("n\u2019t")) {
            operators.add("not");
            return;
        }
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.chars().anyMatch(Character::isDigit)) {
            literals.add("value:" + number(lower));
            return;
        }
        String text = token.text();
        boolean capitalized = Character.isUpperCase(text.codePointAt(0)) && !text.equals("I");
        String valueWord = LiteralWords.VALUE_WORDS.get(lower);
        if (valueWord != null && !(lower.equals("may") && !capitalized)) {
            literals.add(valueWord);
            return;
        }
        boolean allCaps = text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(lower);
        if (allCaps || (capitalized && !token.first())) {
            literals.add("value:" + lower);
            return;
        }
        if (StopWords.FILLER.contains(lower)) {
            return;
        }
        String stem = Words.stem(lower);
        if (terms.contains(stem)) {
            schema.add(stem);
        } else {
            words.add(stem);
        }
    }

    /** "1,000" and "1000" are one value, as are "1st" and "1". */
    private static String number(String lower) {
        String plain = lower.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?%?") ? lower.replace(",", "") : lower;
        return plain.replaceFirst("^(\\d+)(st|nd|rd|th)$", "$1");
    }

    /**
     * Whether an answer to one question may be served for the other. Literals and operators must
     * be identical. Schema words must be identical unless one question names none (it says it with
     * synonyms). Other content words may differ only on one side, and only where the other side
     * names schema words this one lacks: "clients located" may stand for "customers", but "late
     * orders" is not "orders", and "shipped" is not "pending".
     */
    public boolean compatibleWith(QuestionSignature other) {
        if (!literals.equals(other.literals) || !operators.equals(other.operators)) {
            return false;
        }
        if (!schemaTerms.equals(other.schemaTerms) && !schemaTerms.isEmpty() && !other.schemaTerms.isEmpty()) {
            return false;
        }
        boolean mineOnly = !other.words.containsAll(words);
        boolean theirsOnly = !words.containsAll(other.words);
        if (mineOnly && theirsOnly) {
            return false;
        }
        if (mineOnly) {
            return !schemaTerms.containsAll(other.schemaTerms);
        }
        if (theirsOnly) {
            return !other.schemaTerms.containsAll(schemaTerms);
        }
        return true;
    }
}
