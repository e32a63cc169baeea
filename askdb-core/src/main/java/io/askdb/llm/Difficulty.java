package io.askdb.llm;

import io.askdb.llm.ComplexityAnalyzer.Complexity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How hard a question looks before any model is asked, as a score the router compares with
 * {@code COMPLEXITY_THRESHOLD}, and the parts it adds up from, so a person can check why a question
 * went where it went ("3 tables +0.8, negation over a set +1.1 … → 2.4").
 *
 * @param score the sum of the parts' points
 * @param parts what raised or lowered the score, in the order the estimate lists its inputs
 * @param speedPriority a word asking for a fast answer ("urgent", "quick"), which overrides the score
 */
public record Difficulty(double score, List<Part> parts, Optional<String> speedPriority) {

    /**
     * One input of the estimate.
     *
     * @param signal the input's name ({@code tables}, {@code negationOverSet}, {@code keywords} …)
     * @param reading what was read, in words ("3 tables", "negation over a set ('never')")
     * @param points what it adds to the score (negative when it lowers it)
     */
    public record Part(String signal, String reading, double points) {}

    public Difficulty {
        parts = List.copyOf(parts);
        speedPriority = speedPriority == null ? Optional.empty() : speedPriority;
    }

    /**
     * The seed's keyword score alone, each matched category one part: what routing sees when nothing
     * else read the question (a caller that routes by text only).
     */
    public static Difficulty ofKeywords(Complexity keywords) {
        List<Part> parts = new ArrayList<>();
        for (String indicator : keywords.indicators()) {
            String category = indicator.substring(0, indicator.indexOf(':'));
            parts.add(new Part("keywords", "'" + indicator.substring(indicator.indexOf(':') + 1) + "' (" + category + ")",
                    ComplexityAnalyzer.weight(category)));
        }
        return new Difficulty(keywords.score(), parts, keywords.speedPriority());
    }

    /** Parts smaller than this are summed into one "other inputs" part of the explanation. */
    static final double SHOWN = 0.3;

    /**
     * The parts in words with their points: what raised the score, largest first, then what lowered
     * it, small parts summed, the base last: "negation over a set ('never') +4.1, 1 table +1.4, base -7.1".
     */
    public String explained() {
        if (parts.isEmpty()) {
            return "nothing that adds difficulty";
        }
        List<Part> sorted = new ArrayList<>();
        Part base = null;
        double small = 0;
        int smallCount = 0;
        for (Part p : parts) {
            if (p.signal().equals("base")) {
                base = p;
            } else if (Math.abs(p.points()) < SHOWN) {
                small += p.points();
                smallCount++;
            } else {
                sorted.add(p);
            }
        }
        sorted.sort((a, b) -> Double.compare(b.points(), a.points()));
        List<String> out = new ArrayList<>();
        for (Part p : sorted) {
            out.add(String.format(Locale.ROOT, "%s %+.1f", p.reading(), p.points()));
        }
        if (smallCount > 0 && Math.abs(small) >= 0.05) {
            out.add(String.format(Locale.ROOT, "%d other input%s %+.1f", smallCount, smallCount == 1 ? "" : "s", small));
        }
        if (base != null) {
            out.add(String.format(Locale.ROOT, "base %+.1f", base.points()));
        }
        return String.join(", ", out);
    }
}
