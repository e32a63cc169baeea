package io.askdb.bench.llmstub;

import java.util.Locale;
import java.util.Map;

/**
 * How often each model is wrong, by the question's hardness, and how many reasoning tokens a
 * reasoning model spends. The defaults are the replay's stated assumptions, not measurements:
 *
 * <pre>
 *                    wrong on simple / medium / complex    reasoning tokens simple / medium / complex
 * gpt-4.1 (fast)     3 % / 10 % / 30 %                      none
 * o4-mini (complex)  2 % /  5 % / 10 %                      300 / 700 / 1,500
 * </pre>
 *
 * One draw per question decides for every model ({@code u < share}), so a question the reasoning
 * model gets wrong is one the fast model gets wrong too, as hard questions are hard for both.
 */
public record SkillTable(Map<String, Skill> byModel) {

    /**
     * One model's skill.
     *
     * @param wrong share of questions answered wrongly, indexed simple, medium, complex
     * @param reasoningTokens reasoning tokens per call, same index; all 0 for a model without reasoning
     */
    public record Skill(double[] wrong, long[] reasoningTokens) {

        public boolean reasons() {
            return reasoningTokens[0] + reasoningTokens[1] + reasoningTokens[2] > 0;
        }
    }

    public static SkillTable defaults() {
        return new SkillTable(Map.of(
                "gpt-4.1", new Skill(new double[] {0.03, 0.10, 0.30}, new long[] {0, 0, 0}),
                "o4-mini", new Skill(new double[] {0.02, 0.05, 0.10}, new long[] {300, 700, 1500})));
    }

    /** Every model always right and without reasoning tokens. */
    public static SkillTable perfect() {
        return new SkillTable(Map.of());
    }

    public SkillTable {
        byModel = Map.copyOf(byModel);
    }

    /** Whether the model is wrong on a question of this hardness (0 simple, 1 medium, 2 complex) and draw. */
    public boolean wrong(String model, int hardness, double draw) {
        Skill skill = byModel.get(model.toLowerCase(Locale.ROOT));
        return skill != null && draw < skill.wrong()[hardness];
    }

    /** The largest wrong share of any model at this hardness: questions drawn above it are right everywhere. */
    public double maxWrong(int hardness) {
        return byModel.values().stream().mapToDouble(s -> s.wrong()[hardness]).max().orElse(0);
    }

    public long reasoningTokens(String model, int hardness) {
        Skill skill = byModel.get(model.toLowerCase(Locale.ROOT));
        return skill == null ? 0 : skill.reasoningTokens()[hardness];
    }

    /** One line for the report. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        byModel.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double[] w = e.getValue().wrong();
            long[] r = e.getValue().reasoningTokens();
            s.append(String.format(Locale.ROOT, "%s%s wrong on %.0f/%.0f/%.0f %% of simple/medium/complex questions%s",
                    s.length() == 0 ? "" : "; ", e.getKey(), 100 * w[0], 100 * w[1], 100 * w[2],
                    e.getValue().reasons() ? String.format(Locale.ROOT, ", %d/%d/%d reasoning tokens a call", r[0], r[1], r[2])
                            : ""));
        });
        return s.length() == 0 ? "every model always right" : s.toString();
    }
}
