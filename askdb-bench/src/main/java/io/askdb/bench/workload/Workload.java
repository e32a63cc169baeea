package io.askdb.bench.workload;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A generated stream and what it holds: how many questions repeat one asked before word for word
 * (an exact cache can hit at most these), how many repeat an earlier question's meaning (a
 * semantic cache can hit at most these), and how many are of each hardness.
 */
public record Workload(long seed, double zipfExponent, List<StreamQuestion> questions) {

    public Workload {
        questions = List.copyOf(questions);
    }

    /** Gold SQL by question text, every distinct question once. */
    public Map<String, String> goldByQuestion() {
        Map<String, String> gold = new LinkedHashMap<>();
        questions.forEach(q -> gold.putIfAbsent(q.question(), q.goldSql()));
        return gold;
    }

    /** Share of questions whose text, ignoring case and closing punctuation, was asked before. */
    public double repeatedTextShare() {
        Set<String> seen = new HashSet<>();
        long repeats = questions.stream()
                .filter(q -> !seen.add(q.question().toLowerCase(Locale.ROOT).replaceAll("[?.!\\s]+$", "")))
                .count();
        return questions.isEmpty() ? 0 : (double) repeats / questions.size();
    }

    /** Share of questions whose intent (template and literals) was asked before, in any phrasing. */
    public double repeatedIntentShare() {
        Set<String> seen = new HashSet<>();
        long repeats = questions.stream().filter(q -> !seen.add(q.intent())).count();
        return questions.isEmpty() ? 0 : (double) repeats / questions.size();
    }

    public long distinctQuestions() {
        return questions.stream().map(StreamQuestion::question).distinct().count();
    }

    public Map<Hardness, Long> byHardness() {
        Map<Hardness, Long> counts = new EnumMap<>(Hardness.class);
        questions.forEach(q -> counts.merge(q.hardness(), 1L, Long::sum));
        return counts;
    }
}
