package io.askdb.conversation;

import io.askdb.llm.LlmUsage;

/**
 * How a question of a conversation was read.
 *
 * @param question the question read in full: the one the pipeline answers and the caches key on
 * @param how what read it
 * @param usage the LLM spend of reading it (none unless {@code how} is {@link How#LLM})
 * @param turn the 1-based number of this turn in its conversation
 */
public record Resolution(String question, How how, LlmUsage usage, int turn) {

    /** What read the question. */
    public enum How {
        /** The first turn, or a question that stands on its own. */
        STANDALONE,
        /** A follow-up read by the offline patterns. */
        OFFLINE,
        /** A follow-up read by the LLM with the previous turn in its prompt. */
        LLM,
        /** A follow-up no pattern could read and no LLM was there to: answered as typed. */
        AS_TYPED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
