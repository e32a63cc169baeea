package io.askdb.text;

/**
 * One token of a question, as either reading of {@link QuestionTokens} makes it.
 *
 * @param kind what sort of token it is (the surface reading makes no NUMBER tokens: digits are words there)
 * @param text the token as written (a quoted value without its quotes)
 * @param lower {@code text} in lower case; a quoted value of the surface reading keeps its case (a literal)
 * @param lemma the lemma of a word in the lemma reading; {@code lower} for anything else
 * @param number the value of a NUMBER token (digits or a number word), NaN otherwise
 * @param first whether this is the question's first token
 */
public record Token(Kind kind, String text, String lower, String lemma, double number, boolean first) {

    public enum Kind {
        WORD,
        NUMBER,
        QUOTED,
        SYMBOL
    }

    /** A token of the surface reading: no lemma, no number. */
    static Token surface(Kind kind, String text, String lower, boolean first) {
        return new Token(kind, text, lower, lower, Double.NaN, first);
    }

    /** A plain word whose lemma is itself, for a rewritten phrase ("show me" read as "show"). */
    public static Token word(String lower, boolean first) {
        return surface(Kind.WORD, lower, lower, first);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean is(String lowerText) {
        return kind == Kind.WORD && lower.equals(lowerText);
    }

    public boolean capitalized() {
        return kind == Kind.WORD && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A four-digit number between 1000 and 2100, read as a year. */
    public boolean isYear() {
        return kind == Kind.NUMBER && number >= 1000 && number <= 2100 && number == Math.rint(number)
                && text.length() == 4;
    }
}
