package io.askdb.bench.largeschema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The large-schema benchmark's figures: answers right (execution match), LLM calls per question,
 * the share of questions whose every gold table was in the prompt, and the prompt's size in tokens
 * (the first call's prompt, system message included). Not thread-safe; one run fills it.
 */
final class LargeSchemaReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int tables;
    private final List<Integer> promptTokens = new ArrayList<>();
    private final Map<String, int[]> byHardness = new TreeMap<>();
    private int scored;
    private int right;
    private int calls;
    private int goldTablesInPrompt;
    private int unparsedGold;
    private int missingDatabase;
    private int goldFails;
    private int rewriteFaults;
    private double seconds;

    LargeSchemaReport(int tables) {
        this.tables = tables;
    }

    void add(String hardness, boolean isRight, int questionCalls, int firstPromptTokens, boolean allGoldTables,
            boolean goldParsed) {
        scored++;
        right += isRight ? 1 : 0;
        calls += questionCalls;
        goldTablesInPrompt += allGoldTables ? 1 : 0;
        unparsedGold += goldParsed ? 0 : 1;
        if (questionCalls > 0) {
            promptTokens.add(firstPromptTokens);
        }
        int[] h = byHardness.computeIfAbsent(hardness, k -> new int[2]);
        h[0]++;
        h[1] += isRight ? 1 : 0;
    }

    void missingDatabase() {
        missingDatabase++;
    }

    void goldFails() {
        goldFails++;
    }

    void rewriteFault() {
        rewriteFaults++;
    }

    void seconds(double value) {
        seconds = value;
    }

    double rightShare() {
        return share(right);
    }

    double callsPerQuestion() {
        return scored == 0 ? 0 : (double) calls / scored;
    }

    double goldTablesInPromptShare() {
        return share(goldTablesInPrompt);
    }

    int medianPromptTokens() {
        return percentile(50);
    }

    int scored() {
        return scored;
    }

    int rewriteFaults() {
        return rewriteFaults;
    }

    String shortLine() {
        return String.format(Locale.ROOT, "right %.1f%%, %.2f calls/question, gold tables in prompt %.1f%%, "
                + "median prompt %d tokens", 100 * rightShare(), callsPerQuestion(), 100 * goldTablesInPromptShare(),
                medianPromptTokens());
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "large schema: %d tables in one SQLite database; %d questions scored "
                + "(%d without their database, %d whose gold fails on its own database, %d rewrite faults)%n",
                tables, scored, missingDatabase, goldFails, rewriteFaults);
        out.printf(Locale.ROOT, "answers right (execution match): %.1f%% (%d/%d)%n", 100 * rightShare(), right, scored);
        out.printf(Locale.ROOT, "LLM calls per question: %.3f (%d calls)%n", callsPerQuestion(), calls);
        out.printf(Locale.ROOT, "every gold table in the prompt: %.1f%% (%d/%d)%n", 100 * goldTablesInPromptShare(),
                goldTablesInPrompt, scored);
        out.printf(Locale.ROOT, "prompt tokens (o200k_base, first call): median %d, p90 %d, max %d%n",
                percentile(50), percentile(90), percentile(100));
        byHardness.forEach((h, v) -> out.printf(Locale.ROOT, "  %-8s %5d questions, right %.1f%%%n", h, v[0],
                100.0 * v[1] / v[0]));
        out.printf(Locale.ROOT, "gold rewritten word by word (JSqlParser could not read it): %d; run time %.0f s%n",
                unparsedGold, seconds);
        out.println(json());
    }

    String json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("tables", tables).put("scored", scored).put("right", round(rightShare()))
                .put("callsPerQuestion", round(callsPerQuestion()))
                .put("goldTablesInPrompt", round(goldTablesInPromptShare()))
                .put("medianPromptTokens", medianPromptTokens()).put("rewriteFaults", rewriteFaults)
                .put("goldFails", goldFails).put("missingDatabase", missingDatabase).put("seconds", Math.round(seconds));
        return o.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private double share(int count) {
        return scored == 0 ? 0 : (double) count / scored;
    }

    private int percentile(double p) {
        if (promptTokens.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(promptTokens);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
