package io.askdb.sql;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the existing names closest to a wrong one, so a refusal can say "did you mean
 * Customer.FirstName?" and an LLM can correct itself. Similarity is the better of two measures:
 * edit distance (typos: {@code Custmer}) and overlap of name tokens (reordered or partial words:
 * {@code NameFirst}, {@code order_date} for {@code OrderDate}).
 */
final class NameSuggester {

    private static final int MAX_SUGGESTIONS = 3;
    private static final double MIN_SCORE = 0.3;

    private NameSuggester() {}

    /** Up to three candidates, best first; the runners-up only when nearly as good as the best. */
    static List<String> closest(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates, c -> c);
    }

    /** As {@link #closest(String, Collection)}, comparing {@code wrong} with {@code key.apply(candidate)}. */
    static List<String> closest(String wrong, Collection<String> candidates, UnaryOperator<String> key) {
        List<Scored> scored = new LinkedHashSet<>(candidates).stream()
                .map(c -> new Scored(c, score(wrong, key.apply(c))))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name))
                .toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        double best = scored.get(0).score();
        double floor = Math.max(MIN_SCORE, best * 0.8);
        List<String> close = scored.stream().filter(s -> s.score() >= floor).limit(MAX_SUGGESTIONS)
                .map(Scored::name).toList();
        return close.isEmpty() ? scored.stream().limit(MAX_SUGGESTIONS).map(Scored::name).toList() : close;
    }

    /** "; did you mean A?" / "; did you mean A, B or C?", or "" when there is nothing to suggest. */
    static String didYouMean(String wrong, Collection<String> candidates) {
        return didYouMean(wrong, candidates, c -> c);
    }

    static String didYouMean(String wrong, Collection<String> candidates, UnaryOperator<String> key) {
        List<String> names = closest(wrong, candidates, key);
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "; did you mean " + names.get(0) + "?";
        }
        return "; did you mean " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1) + "?";
    }

    private record Scored(String name, double score) {}

    static double score(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int longest = Math.max(x.length(), y.length());
        double edit = longest == 0 ? 1 : 1 - (double) levenshtein(x, y) / longest;
        return Math.max(edit, tokenOverlap(a, b));
    }

    /** Jaccard overlap of the words in two names (split at dots, underscores, spaces and camel case). */
    static double tokenOverlap(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> union = new LinkedHashSet<>(ta);
        union.addAll(tb);
        long common = ta.stream().filter(tb::contains).count();
        return (double) common / union.size();
    }

    private static Set<String> tokens(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : name.split("[._\\s\\-]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
            if (!part.isBlank()) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
