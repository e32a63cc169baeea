package io.askdb.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that make a question hard to write as SQL although they name no table: a set operation
 * ("both … and", "but not"), a comparison with an aggregate ("above the average", "older than all"),
 * a ratio or share, a comparison of one period with another. Read by the routing's difficulty
 * estimate; matched on the lower-case question, whole words. Each method returns the phrase as
 * found, for the explanation.
 */
public final class ShapeWords {

    private static final Pattern SET_OPERATION = Pattern.compile(
            "\\bboth\\b.*\\band\\b|\\bbut (?:not|no|never|did not|didn't|do not|don't|does not|doesn't)\\b"
                    + "|\\beither\\b.*\\bor\\b|\\bneither\\b.*\\bnor\\b|\\bas well as\\b|\\band also\\b|\\bbut also\\b"
                    + "|\\bin common\\b|\\bat the same time\\b");

    private static final Pattern AGGREGATE_COMPARISON = Pattern.compile(
            "\\b(?:than|above|below|over|under|exceeds?|exceeding)\\s+(?:the\\s+|that\\s+of\\s+|those\\s+of\\s+)?"
                    + "(?:overall\\s+)?(?:average|mean|avg|maximum|minimum|max|min|total|all|any|every|each|median)\\b"
                    + "|\\b(?:above|below)[- ]average\\b");

    private static final Pattern RATIO = Pattern.compile(
            "\\b(?:percentage|percent|per cent|share|ratio|proportion|fraction|rate)\\b|%");

    private static final Pattern PERIOD_COMPARISON = Pattern.compile(
            "\\b(?:year|month|quarter|week|day)[- ]over[- ](?:year|month|quarter|week|day)\\b"
                    + "|\\bcompared (?:to|with)\\b|\\bversus\\b|\\bvs\\.?(?=\\s)"
                    + "|\\b(?:growth|grew|grow|increase[ds]?|decrease[ds]?|change[ds]?|drop(?:ped)?) (?:from|since|between|over|in)\\b"
                    + "|\\b(?:previous|prior|last|preceding) (?:year|month|quarter|week|period)\\b");

    private ShapeWords() {}

    /** "both … and", "but not", "either … or": an intersection, a difference or a union. */
    public static Optional<String> setOperation(String question) {
        return find(SET_OPERATION, question);
    }

    /** "above the average", "older than all", "more than any": a value compared with an aggregate. */
    public static Optional<String> aggregateComparison(String question) {
        return find(AGGREGATE_COMPARISON, question);
    }

    /** "percentage", "share", "ratio", "%". */
    public static Optional<String> ratio(String question) {
        return find(RATIO, question);
    }

    /** "year over year", "compared to last month", "growth since". */
    public static Optional<String> periodComparison(String question) {
        return find(PERIOD_COMPARISON, question);
    }

    private static Optional<String> find(Pattern pattern, String question) {
        Matcher m = pattern.matcher(question.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String found = m.group();
        // A phrase that spans a clause ("both … and") is shown by its ends.
        String[] words = found.split("\\s+");
        return Optional.of(words.length > 3 ? words[0] + " … " + words[words.length - 1] : found);
    }
}
