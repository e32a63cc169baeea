package io.askdb.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question into quoted values, words (numbers, dates and codes included) and single
 * symbols, keeping each token's original spelling next to its lower-case form. Quotes count only
 * at word boundaries, so the apostrophes of "customer's" and "don't" stay inside their words.
 */
public final class QuestionTokens {

    public enum Kind { QUOTED, WORD, SYMBOL }

    /**
     * @param text the original spelling (for a quoted value: its content, without the quotes)
     * @param lower {@code text} in lower case (quoted values keep their case: they are literals)
     * @param first whether this is the question's first token
     */
    public record Token(Kind kind, String text, String lower, boolean first) {

        public boolean isWord() {
            return kind == Kind.WORD;
        }

        public boolean is(String lowerText) {
            return kind == Kind.WORD && lower.equals(lowerText);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])'([^']*)'(?![\\p{L}\\p{N}])"
                    + "|\"([^\"]*)\""
                    + "|\u201c([^\u201d]*)\u201d"
                    + "|\u2018([^\u2019]*)\u2019"
                    + "|([\\p{L}\\p{N}](?:[\\p{L}\\p{N}_'\u2019.\\-/:,]*[\\p{L}\\p{N}])?%?)"
                    + "|(\\S)");

    private QuestionTokens() {}

    public static List<Token> of(String question) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(question);
        while (m.find()) {
            boolean first = tokens.isEmpty();
            String word = m.group(5);
            if (word != null) {
                for (String part : splitCommas(word)) {
                    tokens.add(part.equals(",")
                            ? new Token(Kind.SYMBOL, part, part, false)
                            : new Token(Kind.WORD, part, part.toLowerCase(Locale.ROOT), tokens.isEmpty()));
                }
            } else if (m.group(6) != null) {
                tokens.add(new Token(Kind.SYMBOL, m.group(6), m.group(6), first));
            } else {
                String quoted = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4));
                tokens.add(new Token(Kind.QUOTED, quoted, quoted, first));
            }
        }
        return tokens;
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
