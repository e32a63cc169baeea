package io.askdb.pipeline;

/** A tier either answers, or declines and says why so the next tier can try. */
public sealed interface TierOutcome {

    record Answered(Answer answer) implements TierOutcome {}

    /** The tier could not or should not answer; {@code reason} goes into the response's account. */
    record Declined(String reason) implements TierOutcome {}

    /** The tier answered with a final response of its own (a cache hit, a clarification). */
    record Final(QueryResponse response) implements TierOutcome {}

    static TierOutcome answered(Answer answer) {
        return new Answered(answer);
    }

    static TierOutcome declined(String reason) {
        return new Declined(reason);
    }
}
