package io.askdb.bench.workload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of question: several phrasings and one gold SQL, with {@code {slot}} placeholders that
 * take literal values from the sample. A slot inside quotes in the SQL is a string literal and
 * has its quotes doubled; a slot without quotes is a number.
 *
 * @param phrasings the ways users ask it, most common first, written with the template's words
 *     (the set the fast path and the cache were tuned against)
 * @param people the second set: how people ask it, with synonyms, column names left unsaid and
 *     casual word order, written apart from the first
 */
public record QuestionTemplate(String id, Hardness hardness, String sql, List<String> phrasings, List<String> people) {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    public QuestionTemplate {
        phrasings = List.copyOf(phrasings);
        people = List.copyOf(people);
        if (phrasings.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " has no phrasing");
        }
        Set<String> sqlSlots = slotsOf(sql);
        for (String phrasing : concat(phrasings, people)) {
            if (!slotsOf(phrasing).equals(sqlSlots)) {
                throw new IllegalArgumentException("template " + id + ": phrasing '" + phrasing
                        + "' does not use the SQL's slots " + sqlSlots);
            }
        }
    }

    static QuestionTemplate of(String id, Hardness hardness, String sql, String... phrasings) {
        return new QuestionTemplate(id, hardness, sql, List.of(phrasings), List.of());
    }

    /** This template with its second phrasing set. */
    QuestionTemplate people(String... asked) {
        return new QuestionTemplate(id, hardness, sql, phrasings, List.of(asked));
    }

    /** The phrasings of one set; the first set when the template has no second one. */
    public List<String> phrasings(Phrasings set) {
        return set == Phrasings.PEOPLE && !people.isEmpty() ? people : phrasings;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The slot names in order of first use. */
    public List<String> slots() {
        return new ArrayList<>(slotsOf(sql));
    }

    public String question(int phrasing, Map<String, String> values) {
        return question(Phrasings.TEMPLATES, phrasing, values);
    }

    public String question(Phrasings set, int phrasing, Map<String, String> values) {
        return fill(phrasings(set).get(phrasing), values, false);
    }

    public String goldSql(Map<String, String> values) {
        return fill(sql, values, true);
    }

    private static String fill(String text, Map<String, String> values, boolean sqlLiteral) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for slot {" + m.group(1) + "} in: " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(sqlLiteral ? value.replace("'", "''") : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> slotsOf(String text) {
        Set<String> slots = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            slots.add(m.group(1));
        }
        return slots;
    }
}
