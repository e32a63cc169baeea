package io.askdb.cache.semantic;

import io.askdb.text.Words;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second half of the literal guard, read from the stored SQL: a word of the stored question
 * that the SQL compares as a text value ("city" in "contacts at city sport shop", answered by
 * {@code CompanyName = 'City Sport Shop'}) names that value, so the asked question must say it too.
 * {@link QuestionSignature} cannot see it: written in lower case, "city" reads as a schema word, for
 * which "local" might stand as a synonym. Words of the value the stored question does not use
 * ("US" answered by {@code = 'United States'}) ask nothing of the other question.
 */
public final class ValueWords {

    private static final Pattern TEXT_LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ValueWords() {}

    /** Whether the asked question keeps every word the stored question shares with the SQL's text values. */
    public static boolean kept(String storedQuestion, String storedSql, String askedQuestion) {
        if (storedSql == null || storedSql.indexOf('\'') < 0) {
            return true;
        }
        Set<String> valueWords = new HashSet<>();
        Matcher literal = TEXT_LITERAL.matcher(storedSql);
        while (literal.find()) {
            valueWords.addAll(words(literal.group(1)));
        }
        valueWords.retainAll(words(storedQuestion));
        return words(askedQuestion).containsAll(valueWords);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(Words.stem(m.group()));
        }
        return out;
    }
}
