package io.askdb.text;

import io.askdb.text.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question into tokens, in one of two readings that share the quoting rules (straight,
 * double and curly quotes delimit a value; a single quote only at word boundaries, so the
 * apostrophes of "customer's" and "don't" stay inside their words):
 * <ul>
 *   <li>{@link #of}, the surface reading for cache keys and signatures: words keep their spelling
 *       whole (numbers, dates, codes, "n't" and "'s" included) and nothing is lemmatized, so two
 *       questions share a key only when they are written alike;
 *   <li>{@link #read}, the lemma reading for the offline reader and schema linking: numbers (digits
 *       or one number word) become NUMBER tokens, comparison symbols stay whole, "n't" and "'s" split
 *       off, and every word carries its {@linkplain Words#lemma lemma}.
 * </ul>
 * The readings differ because a cache key must not merge what a reader may: "five" and "5" share a
 * cache key only through {@link NumberWords#fold}, after tokenizing.
 */
public final class QuestionTokens {

    private static final String DOUBLE_QUOTED = "\"([^\"]*)\"";
    private static final String CURLY_DOUBLE = "\u201c([^\u201d]*)\u201d";
    private static final String CURLY_SINGLE = "\u2018([^\u2019]*)\u2019";

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])'([^']*)'(?![\\p{L}\\p{N}])"
                    + "|" + DOUBLE_QUOTED
                    + "|" + CURLY_DOUBLE
                    + "|" + CURLY_SINGLE
                    + "|([\\p{L}\\p{N}](?:[\\p{L}\\p{N}_'\u2019.\\-/:,]*[\\p{L}\\p{N}])?%?)"
                    + "|(\\S)");

    /** The lemma reading; a single-quoted value there is never empty. */
    private static final Pattern LEMMA_TOKEN = Pattern.compile(
            DOUBLE_QUOTED + "|" + CURLY_DOUBLE + "|(?<![\\p{L}\\p{N}])'([^']+)'(?![\\p{L}\\p{N}])|" + CURLY_SINGLE
                    + "|((?<![\\p{L}\\p{N}])-?\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\.\\d+)"
                    + "|(>=|<=|!=|<>|[<>=%])"
                    + "|([\\p{L}\\p{N}][\\p{L}\\p{N}\\-/&'.]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}])");

    private QuestionTokens() {}

    /** The surface reading: quoted values, whole words and single symbols, nothing lemmatized. */
    public static List<Token> of(String question) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(question);
        while (m.find()) {
            boolean first = tokens.isEmpty();
            String word = m.group(5);
            if (word != null) {
                for (String part : splitCommas(word)) {
                    tokens.add(part.equals(",")
                            ? Token.surface(Kind.SYMBOL, part, part, false)
                            : Token.surface(Kind.WORD, part, part.toLowerCase(Locale.ROOT), tokens.isEmpty()));
                }
            } else if (m.group(6) != null) {
                tokens.add(Token.surface(Kind.SYMBOL, m.group(6), m.group(6), first));
            } else {
                String quoted = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4));
                tokens.add(Token.surface(Kind.QUOTED, quoted, quoted, first));
            }
        }
        return tokens;
    }

    /** The lemma reading: quoted values, numbers, comparison symbols and lemmatized words. */
    public static List<Token> read(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = LEMMA_TOKEN.matcher(text);
        while (m.find()) {
            boolean first = tokens.isEmpty();
            String quoted = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4));
            if (m.group(1) != null || m.group(2) != null || m.group(3) != null || m.group(4) != null) {
                String lower = quoted.toLowerCase(Locale.ROOT);
                tokens.add(new Token(Kind.QUOTED, quoted, lower, lower, Double.NaN, first));
            } else if (m.group(5) != null) {
                String digits = m.group(5).replace(",", "");
                tokens.add(new Token(Kind.NUMBER, m.group(5), digits, digits, Double.parseDouble(digits), first));
            } else if (m.group(6) != null) {
                tokens.add(new Token(Kind.SYMBOL, m.group(6), m.group(6), m.group(6), Double.NaN, first));
            } else {
                addWord(tokens, m.group(7));
            }
        }
        return tokens;
    }

    /** Words whose "'s" is "is": "what's", "who's", "where's", "how's", "that's", "there's", "it's". */
    private static final java.util.Set<String> IS_CONTRACTED = java.util.Set.of("what", "who", "where", "when", "how",
            "which", "that", "there", "it", "here");

    private static void addWord(List<Token> tokens, String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("n't") && lower.length() > 3) {
            addWord(tokens, w.substring(0, w.length() - 3));
            tokens.add(new Token(Kind.WORD, "n't", "n't", "n't", Double.NaN, tokens.isEmpty()));
            return;
        }
        if (lower.endsWith("'s") && IS_CONTRACTED.contains(lower.substring(0, lower.length() - 2))) {
            // "what's the cheapest price": the verb, not a possessive
            addWord(tokens, w.substring(0, w.length() - 2));
            tokens.add(new Token(Kind.WORD, "is", "is", Words.lemma("is"), Double.NaN, false));
            return;
        }
        if (lower.endsWith("'s") || lower.endsWith("s'")) {
            w = w.substring(0, w.length() - 2);
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.isEmpty()) {
            return;
        }
        boolean first = tokens.isEmpty();
        OptionalInt number = NumberWords.valueOf(lower);
        if (number.isPresent()) {
            tokens.add(new Token(Kind.NUMBER, w, lower, lower, number.getAsInt(), first));
            return;
        }
        tokens.add(new Token(Kind.WORD, w, lower, Words.lemma(lower), Double.NaN, first));
    }

    /**
     * A comma belongs to a word only as a thousands separator ("1,000"); "France,Spain" is two
     * words with a comma between them.
     */
    private static List<String> splitCommas(String word) {
        if (word.indexOf(',') < 0 || word.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?%?")) {
            return List.of(word);
        }
        List<String> parts = new ArrayList<>();
        for (String part : word.split(",")) {
            if (!part.isEmpty()) {
                if (!parts.isEmpty()) {
                    parts.add(",");
                }
                parts.add(part);
            }
        }
        return parts;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
