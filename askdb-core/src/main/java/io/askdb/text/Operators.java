package io.askdb.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that say what a question computes or compares rather than which data it names, for
 * the three readers of a question's operators. They share this one lexicon but keep three tables,
 * because each must give the answer it gives today and they ask different things:
 * <ul>
 *   <li>{@link #SIGNATURE}: the cache's operator classes; broad on purpose, since two questions may
 *       share a cached answer only when their classes are equal ("top" and "highest" are both max);
 *   <li>{@link #cue}: the offline reader's phrases, matched on lemmas, each with the SQL it implies
 *       ("top" there needs a number after it, "total number of" is a count and "total" a sum);
 *   <li>the complexity terms ({@link #JOIN_TERMS} and the rest): regular expressions over the
 *       lower-case question, whole words, scored by {@code llm.ComplexityAnalyzer}.
 * </ul>
 * Merging the first two tables would change cached-answer matching or the reader's SQL on Spider.
 */
public final class Operators {

    private Operators() {}

    /**
     * The cache signature's operator phrases by class, longest first where they overlap ("no more
     * than" before "no"); matched on lower-case surface words, so "counted" is listed with "count".
     */
    public static final List<Map.Entry<List<String>, String>> SIGNATURE = signature();

    private static List<Map.Entry<List<String>, String>> signature() {
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

    private static final Set<String> OPERATOR_WORDS = SIGNATURE.stream()
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

    /** What a cue phrase asks of the SQL, with the aggregate, operator or direction it implies. */
    public record CuePhrase(CueKind kind, String detail) {}

    /** Reader phrases keyed by their lemmas joined with spaces; longer phrases are tried first. */
    private static final Map<String, CuePhrase> PHRASES = new HashMap<>();
    private static int longestPhrase = 1;

    static {
        for (String p : List.of("how many", "number of", "the number of", "count of", "count", "total number of",
                "how many number of", "total count of", "amount of different", "quantity of")) {
            phrase(p, CueKind.COUNT, "COUNT");
        }
        for (String p : List.of("average", "mean", "avg", "on average", "average of")) {
            phrase(p, CueKind.AGGREGATE, "AVG");
        }
        for (String p : List.of("total", "sum", "sum of", "combined", "in total", "total of", "overall")) {
            phrase(p, CueKind.AGGREGATE, "SUM");
        }
        for (String p : List.of("maximum", "max", "maximal", "maximum of")) {
            phrase(p, CueKind.AGGREGATE, "MAX");
        }
        for (String p : List.of("minimum", "min", "minimal", "minimum of")) {
            phrase(p, CueKind.AGGREGATE, "MIN");
        }
        for (String p : List.of("more than", "greater than", "larger than", "bigger than", "higher than", "above",
                "over", "exceed", "exceeds", "exceeding", "after", "later than", "longer than", "big than",
                "newer than", "greater", ">", "higher", "beyond")) {
            phrase(p, CueKind.COMPARE, ">");
        }
        for (String p : List.of("at least", "no less than", "not less than", "or more", "no fewer than",
                "not fewer than", "minimum of", ">=", "greater than or equal to", "more than or equal to",
                "equal or greater than", "larger than or equal to", "since", "or later", "or above", "or higher",
                "or newer", "or older", "or greater", "or larger", "or after")) {
            phrase(p, CueKind.COMPARE, ">=");
        }
        for (String p : List.of("less than", "fewer than", "smaller than", "lower than", "below", "under",
                "before", "earlier than", "shorter than", "cheaper than", "<", "lower", "prior to", "beneath")) {
            phrase(p, CueKind.COMPARE, "<");
        }
        for (String p : List.of("at most", "no more than", "not more than", "or less", "or fewer", "up to",
                "less than or equal to", "<=", "maximum of", "no greater than", "not exceeding", "not exceed",
                "no larger than", "no higher than", "or earlier", "or below", "or lower", "or before", "or younger",
                "or smaller", "or under")) {
            phrase(p, CueKind.COMPARE, "<=");
        }
        for (String p : List.of("between", "in the range of", "range from", "ranging from", "in between")) {
            phrase(p, CueKind.COMPARE, "BETWEEN");
        }
        for (String p : List.of("equal to", "equals", "=", "exactly")) {
            phrase(p, CueKind.COMPARE, "=");
        }
        for (String p : List.of("other than", "not equal to", "!=", "<>", "except", "excluding", "apart from",
                "outside", "is not", "are not", "not")) {
            phrase(p, CueKind.COMPARE, "!=");
        }
        for (String p : List.of("contain", "contains", "containing", "include", "includes", "including",
                "like", "with the word", "that contain", "substring", "start with", "begin with",
                "starting with", "beginning with", "end with", "ending with", "%")) {
            phrase(p, CueKind.COMPARE, "LIKE");
        }
        for (String p : List.of("order by", "ordered by", "sort by", "sorted by", "in order of", "in the order of",
                "ranked by", "arranged by", "order them by", "sort them by",
                "sort", "sorted", "ordered", "rank by", "ranked", "arrange", "arranged",
                "in ascending order of", "in descending order of", "in decreasing order of", "in increasing order of",
                "ascending order of", "descending order of", "ordered by their", "sorted by their",
                "in the ascending order of", "in the descending order of", "by descending", "by ascending")) {
            phrase(p, CueKind.ORDER, p.contains("desc") || p.contains("decreas") ? "DESC" : "ASC");
        }
        for (String p : List.of("descending", "decreasing", "desc", "descending order", "in descending order",
                "from high to low", "from highest to lowest", "from largest to smallest", "from most to least",
                "reverse alphabetical order", "reverse alphabetical", "in reverse order", "high to low",
                "largest to smallest", "from the highest to the lowest", "in decreasing order", "reverse order",
                "from the largest to the smallest", "descendingly", "from large to small", "biggest first",
                "from old to young", "from oldest to youngest", "from the oldest to the youngest", "from new to old",
                "from newest to oldest", "from most recent to least recent", "from z to a")) {
            phrase(p, CueKind.DIRECTION, "DESC");
        }
        for (String p : List.of("ascending", "increasing", "asc", "ascending order", "in ascending order",
                "alphabetical", "alphabetically", "alphabetical order", "in alphabetical order", "lexicographic",
                "lexicographically", "from low to high", "from lowest to highest", "from smallest to largest",
                "low to high", "smallest to largest", "in increasing order", "from a to z", "in the alphabetical order",
                "by alphabetical order", "in lexicographic order", "by alphabet", "alphabetic", "alphabetic order",
                "in alphabetic order", "in the alphabetic order", "by alphabetic order", "alphabetically ordered", "from the lowest to the highest",
                "from young to old", "from youngest to oldest", "from old to new", "from oldest to newest")) {
            phrase(p, CueKind.DIRECTION, "ASC");
        }
        for (String p : List.of("for each", "for every", "of each", "in each", "per", "each", "by each",
                "grouped by", "group by", "for all different", "for different", "for each different",
                "of each different", "in each different", "every", "by each of", "each different",
                "for each of the", "for each of")) {
            phrase(p, CueKind.GROUP, "");
        }
        for (String p : List.of("different", "distinct", "unique", "differ", "various", "distinctive")) {
            phrase(p, CueKind.DISTINCT, "");
        }
        for (String p : List.of("no", "never", "without", "none", "nobody", "n't", "do not", "does not",
                "did not", "have not", "has not", "not any", "neither")) {
            phrase(p, CueKind.NEGATION, "");
        }
        for (String p : List.of("all information", "all the information", "all info", "all the info",
                "all detail", "all the detail", "all attribute", "all the attribute", "all column",
                "all the column", "everything", "all data", "all the data", "full information", "all record")) {
            phrase(p, CueKind.ALL_COLUMNS, "*");
        }
        for (String p : List.of("top", "first")) {
            phrase(p, CueKind.TOP, "DESC");
        }
    }

    private static void phrase(String p, CueKind kind, String detail) {
        String key = lemmas(p);
        PHRASES.putIfAbsent(key, new CuePhrase(kind, detail));
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }

    /** The phrase's words as lemmas, as the reader's tokens carry them. */
    public static String lemmas(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Words.lemma(w));
        }
        return b.toString();
    }

    /** The reader's cue for a lemma sequence joined with spaces, or null. */
    public static CuePhrase cue(String lemmaKey) {
        return PHRASES.get(lemmaKey);
    }

    /** The most words a reader phrase has. */
    public static int longestCue() {
        return longestPhrase;
    }

    /** Complexity terms, regular expressions matched as whole words: joining tables. */
    public static final List<String> JOIN_TERMS = List.of(
            "join(s|ed|ing)?", "combined with", "together with", "along with");

    /** Complexity terms (regular expressions, whole words): existence, comparison with an average. */
    public static final List<String> SUBQUERY_TERMS = List.of(
            "sub-?quer(y|ies)", "nested", "exists?", "in \\(select", "never", "without any",
            "not any", "above average", "below average", "than (the )?average");

    /** Complexity terms, regular expressions matched as whole words: grouped aggregates. */
    public static final List<String> AGGREGATION_TERMS = List.of(
            "group(ed)? by", "having", "partition(s|ed)?", "window functions?", "per",
            "for each", "in each", "within each", "by each", "broken down by");

    /** Complexity terms, regular expressions matched as whole words: SQL constructs named outright. */
    public static final List<String> ADVANCED_SQL_TERMS = List.of(
            "case when", "pivot", "unpivot", "recursive", "ctes?", "common table expressions?");

    /** Complexity terms, regular expressions matched as whole words: several conditions in one question. */
    public static final List<String> MULTIPLE_CONDITION_TERMS = List.of(
            "and\\b.*\\bor", "between\\b.*\\band", "multiple where");

    /** Complexity terms, regular expressions matched as whole words: computed values. */
    public static final List<String> CALCULATION_TERMS = List.of(
            "calculat(e|ed|es|ing|ion)", "comput(e|ed|es|ing)", "formulas?",
            "expressions?", "ratios?", "percentages?");

    /** Complexity terms (regular expressions, whole words): analysis the seed sends to the complex model. */
    public static final List<String> ADVANCED_TERMS = List.of(
            "window functions?", "rank(s|ed|ing)?", "dense_rank", "row_number", "partition(s|ed)?",
            "recursive", "ctes?", "pivot", "unpivot", "analysis", "cohorts?", "trends?", "forecast(s|ing)?",
            "year[- ]over[- ]year", "month[- ]over[- ]month", "yoy", "seasonal(ity)?", "comprehensive",
            "correlat(e|ed|ion)", "statistical", "running totals?", "moving averages?", "cumulative",
            "percentiles?", "median", "top \\d+\\b.*\\b(per|each)");

    /** Complexity terms, regular expressions matched as whole words: plain listing verbs. */
    public static final List<String> BASIC_SELECT_TERMS = List.of(
            "show", "list", "get", "find", "display");

    /** Complexity terms, regular expressions matched as whole words: one-table wording. */
    public static final List<String> SINGLE_TABLE_TERMS = List.of(
            "from one table", "simple select", "basic query");

    /** Complexity terms, regular expressions matched as whole words: a bare count. */
    public static final List<String> COUNT_ONLY_TERMS = List.of(
            "count", "total only", "how many");

    /** Complexity terms, regular expressions matched as whole words: asking for speed over depth. */
    public static final List<String> SPEED_TERMS = List.of(
            "urgent(ly)?", "quick(ly)?", "asap");
}
