package io.askdb.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that are values by themselves, whatever their case: months, days, time units, relative
 * times and ordinals. The cache's signature keeps them as literals, so "orders in May" and "orders
 * in June" never share an answer.
 */
public final class LiteralWords {

    private LiteralWords() {}

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
            words.put(day, "day:" + Words.stem(day));
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
}
