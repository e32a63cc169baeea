package io.askdb.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people use for money measures and for change over time, and the column-name words
 * that may carry such a measure in a schema: "revenue" is rarely a column, but {@code TotalDue},
 * {@code Amount} or {@code Sales} often are. Used to read a vague question ("show revenue
 * trends") as one concrete query instead of asking back.
 */
public final class MeasureWords {

    private MeasureWords() {}

    /** How finely a trend is cut: the time unit of its groups. */
    public enum Grain {
        DAY, WEEK, MONTH, QUARTER, YEAR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Question words (lemmas) that ask for a sum of money. */
    private static final Set<String> MONEY = Set.of("revenue", "sale", "income", "turnover", "earning", "taking",
            "spend", "spending", "billing", "money", "gmv", "booking");

    /**
     * Column-name words (lemmas) that carry money, with how strongly: a column named for the measure
     * beats a total, a total beats a price (a price is per unit, not what was earned).
     */
    private static final Map<String, Integer> MONEY_COLUMN_WORDS = Map.ofEntries(
            Map.entry("revenue", 6), Map.entry("sale", 5), Map.entry("income", 5), Map.entry("turnover", 5),
            Map.entry("total", 3), Map.entry("amount", 3), Map.entry("amt", 2), Map.entry("due", 2),
            Map.entry("paid", 2), Map.entry("payment", 2), Map.entry("value", 1), Map.entry("price", 1),
            Map.entry("cost", 1), Map.entry("charge", 2), Map.entry("fee", 2), Map.entry("spend", 2),
            Map.entry("earning", 4), Map.entry("gross", 2), Map.entry("net", 1));

    /** Column-name words that mark a number as something other than money. */
    private static final Set<String> NOT_MONEY = Set.of("id", "code", "number", "no", "num", "count", "qty",
            "quantity", "weight", "size", "rate", "percent", "pct", "year", "age", "rank", "discount", "tax");

    /** Column-name words of bookkeeping dates, which say when a row changed, not when the event happened. */
    private static final Set<String> BOOKKEEPING = Set.of("modified", "modify", "updated", "update", "changed",
            "created", "inserted", "loaded", "rowguid", "deleted", "last");

    private static final Pattern TREND = Pattern.compile("(?i)\\b(trends?|over time|growth|grew|evolution|history"
            + "|historical|time series|timeline|development|progress(?:ion)?|by (day|week|month|quarter|year)"
            + "|per (day|week|month|quarter|year)|each (day|week|month|quarter|year)"
            + "|daily|weekly|monthly|quarterly|yearly|annual(?:ly)?)\\b");

    private static final List<Map.Entry<Pattern, Grain>> GRAINS = List.of(
            Map.entry(Pattern.compile("(?i)\\b(daily|(by|per|each) day)\\b"), Grain.DAY),
            Map.entry(Pattern.compile("(?i)\\b(weekly|(by|per|each) week)\\b"), Grain.WEEK),
            Map.entry(Pattern.compile("(?i)\\b(quarterly|(by|per|each) quarter)\\b"), Grain.QUARTER),
            Map.entry(Pattern.compile("(?i)\\b(yearly|annual(ly)?|(by|per|each) year)\\b"), Grain.YEAR));

    /** Whether a question word (a lemma) names a sum of money. */
    public static boolean isMoney(String lemma) {
        return MONEY.contains(lemma);
    }

    /** The question's word for a money measure, as the question spells it, if it has one. */
    public static Optional<String> moneyWord(String question) {
        Matcher m = Pattern.compile("[\\p{L}]+").matcher(question);
        while (m.find()) {
            String word = m.group();
            if (isMoney(Words.lemma(word.toLowerCase(Locale.ROOT)))) {
                return Optional.of(word.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** How strongly a column name's words (lemmas) say money; 0 when they do not, or say something else. */
    public static int moneyScore(Iterable<String> columnWords) {
        int score = 0;
        for (String w : columnWords) {
            if (NOT_MONEY.contains(w)) {
                return 0;
            }
            score += MONEY_COLUMN_WORDS.getOrDefault(w, 0);
        }
        return score;
    }

    /** Whether a date column's name words (lemmas) mark it as bookkeeping (ModifiedDate, created_at). */
    public static boolean isBookkeeping(Iterable<String> columnWords) {
        for (String w : columnWords) {
            if (BOOKKEEPING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The time unit a question asks its trend in, if it asks for change over time; a month when it names none. */
    public static Optional<Grain> trend(String question) {
        if (!TREND.matcher(question).find()) {
            return Optional.empty();
        }
        for (Map.Entry<Pattern, Grain> grain : GRAINS) {
            if (grain.getKey().matcher(question).find()) {
                return Optional.of(grain.getValue());
            }
        }
        return Optional.of(Grain.MONTH);
    }
}
