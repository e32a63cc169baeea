package io.askdb.bench.llmstub;

/**
 * What a model writes for a question the stub recognized: the gold SQL, or a mistake, and how many
 * reasoning tokens it spent on it. Implementations are deterministic and thread-safe.
 */
public interface ModelSkill {

    /** Always the gold SQL, no reasoning tokens: the stub of earlier replays. */
    ModelSkill PERFECT = new ModelSkill() {
        @Override
        public String answer(String model, String goldSql) {
            return goldSql;
        }

        @Override
        public long reasoningTokens(String model, String goldSql) {
            return 0;
        }
    };

    /** The SQL the model answers with for the question whose gold SQL this is. */
    String answer(String model, String goldSql);

    /** Reasoning tokens the model spends on the question (0 for a model without reasoning). */
    long reasoningTokens(String model, String goldSql);
}
