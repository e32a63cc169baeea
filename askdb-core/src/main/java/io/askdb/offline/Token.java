package io.askdb.offline;

/**
 * One token of a question.
 *
 * @param text the token as written (a quoted value without its quotes)
 * @param lower {@code text} in lower case
 * @param lemma the lemma of a word, {@code lower} for anything else
 * @param kind what sort of token it is
 * @param number the numeric value of a NUMBER token (digits or a number word), NaN otherwise
 */
record Token(String text, String lower, String lemma, Kind kind, double number) {

    enum Kind {
        WORD,
        NUMBER,
        QUOTED,
        SYMBOL
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean capitalized() {
        return kind == Kind.WORD && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A four-digit number between 1000 and 2100, read as a year. */
    boolean isYear() {
        return kind == Kind.NUMBER && number >= 1000 && number <= 2100 && number == Math.rint(number)
                && text.length() == 4;
    }
}
