package io.askdb.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the semantic guard knows: operator phrases (what a question computes or compares),
 * words that name values by themselves (months, time units, relative times, ordinals) and words
 * that carry no value (articles, pronouns, request verbs). Everything else is a content word.
 */
public final class Lexicon {

    private Lexicon() {}

    /** Operator phrases by class, longest first where they overlap ("no more than" before "no"). */
    public static final List<Map.Entry<List<String>, String>> OPERATORS = operators();

    private static List<Map.Entry<List<String>, String>> operators() {
        Map<String, String> phrases = new HashMap<>();
        put(phrases, "count", "how many", "number of", "count", "counts", "counted", "counting");
        put(phrases, "sum", "total", "totals", "sum", "summed", "how much");
        put(phrases, "avg", "average", "averages", "avg", "mean");
        put(phrases, "max", "max", "maximum", "highest", "largest", "biggest", "greatest", "most", "top", "best");
        put(phrases, "min", "min", "minimum", "lowest", "smallest", "least", "fewest", "bottom", "worst");
        put(phrases, "newest", "latest", "newest", "most recent", "recent", "recently");
        put(phrases, "oldest", "oldest", "earliest");
        put(phrases, "gt", "more than", "greater than", "over", "above", "exceeding", "exceeds", "exceed", ">",
                "bigger than", "larger than", "higher than");
        put(phrases, "lt", "less than", "fewer than", "under", "below", "<", "smaller than", "lower than");
        put(phrases, "ge", "at least", "or more", ">=", "no less than", "not less than");
        put(phrases, "le", "at most", "or less", "or fewer", "<=", "up to", "no more than", "not more than");
        put(phrases, "eq", "exactly", "=", "equal", "equals", "equal to");
        put(phrases, "ne", "!=", "<>", "different from", "other than");
        put(phrases, "after", "after", "since", "from now");
        put(phrases, "before", "before", "until", "till", "prior to");
        put(phrases, "between", "between");
        put(phrases, "not", "not", "no", "without", "never", "none", "except", "excluding", "exclude", "nobody",
                "nothing", "cannot", "neither", "nor");
        put(phrases, "and", "and", "both", "as well as", "&");
        put(phrases, "or", "or", "either");
        put(phrases, "asc", "ascending", "asc", "increasing");
        put(phrases, "desc", "descending", "desc", "decreasing");
        put(phrases, "order", "sorted", "sort", "order by", "ordered by", "rank", "ranked", "ranking");
        put(phrases, "group", "per", "each", "grouped", "group by", "grouped by", "broken down", "breakdown",
                "for every");
        put(phrases, "distinct", "distinct", "unique", "different");
        put(phrases, "first", "first");
        put(phrases, "last", "last", "final");
        put(phrases, "percent", "percent", "percentage", "%", "ratio", "proportion", "share", "fraction");
        put(phrases, "like", "containing", "contains", "contain", "starting with", "starts with",
                "ending with", "ends with", "matching");
        put(phrases, "null", "null", "empty", "missing", "blank", "unknown");
        return phrases.entrySet().stream()
                .map(e -> Map.entry(List.of(e.getKey().split(" ")), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()))
                .toList();
    }

    private static final Set<String> OPERATOR_WORDS = OPERATORS.stream()
            .filter(e -> e.getKey().size() == 1)
            .map(e -> e.getKey().get(0))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a single word is an operator by itself ("total", "count", "top"). */
    public static boolean isOperatorWord(String lower) {
        return OPERATOR_WORDS.contains(lower) || lower.equals("number");
    }

    private static void put(Map<String, String> phrases, String operator, String... words) {
        for (String word : words) {
            phrases.put(word, operator);
        }
    }

    /** Words that are values by themselves, whatever their case: months, days, units, relative times. */
    public static final Map<String, String> VALUE_WORDS = valueWords();

    private static Map<String, String> valueWords() {
        Map<String, String> words = new HashMap<>();
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            words.put(months[i], "month:" + (i + 1));
            if (i != 4) { // "may" is a verb as often as a month
                words.put(months[i].substring(0, 3), "month:" + (i + 1));
            }
        }
        words.put("sept", "month:9");
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "weekend", "weekday", "weekdays", "weekends")) {
            words.put(day, "day:" + Stems.of(day));
        }
        String[][] units = {{"second", "seconds"}, {"minute", "minutes"}, {"hour", "hours", "hourly"},
            {"day", "days", "daily"}, {"week", "weeks", "weekly"}, {"month", "months", "monthly"},
            {"quarter", "quarters", "quarterly"}, {"year", "years", "yearly", "annual", "annually"},
            {"decade", "decades"}};
        for (String[] unit : units) {
            for (String word : unit) {
                words.put(word, "unit:" + unit[0]);
            }
        }
        for (String word : List.of("today", "yesterday", "tomorrow", "this", "next", "previous", "current",
                "currently", "past", "ago", "now", "ytd")) {
            words.put(word, "time:" + word);
        }
        String[] ordinals = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        for (int i = 0; i < ordinals.length; i++) {
            words.putIfAbsent(ordinals[i], "ordinal:" + (i + 2));
        }
        return Map.copyOf(words);
    }

    /** Words that say nothing about which rows or values are meant. */
    public static final Set<String> FILLER = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "within",
            "about", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has",
            "had", "having", "there", "here", "it", "its", "they", "them", "their", "theirs", "that", "these",
            "those", "which", "who", "whom", "whose", "what", "where", "when", "how", "why", "me", "my", "mine",
            "i", "we", "us", "our", "you", "your", "he", "she", "his", "her", "all", "any", "some", "every",
            "list", "show", "display", "give", "get", "find", "return", "retrieve", "fetch", "tell", "see",
            "want", "need", "like", "would", "could", "can", "will", "shall", "should", "might", "must",
            "please", "kindly", "just", "also", "only", "located", "based", "situated", "living", "live",
            "lives", "exist", "exists", "existing", "whole", "entire", "overall", "data", "information", "info",
            "details", "detail", "record", "records", "row", "rows", "entries", "entry", "table", "tables",
            "value", "values", "many", "much", "'s", "s", "?", "!", ".", ",", ";", ":", "(", ")");
}
