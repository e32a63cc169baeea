package io.askdb.pipeline;

import io.askdb.api.QueryResponse;

/** A tier either answers, or declines and says why so the next tier can try. */
sealed interface TierOutcome {

    record Answered(Answer answer) implements TierOutcome {}

    /**
     * The tier could not or should not answer: {@code why} is what the pipeline acts on (an
     * unavailable tier makes a lower tier's answer degraded), {@code reason} the words that go into
     * the response's account.
     */
    record Declined(Why why, String reason) implements TierOutcome {}

    /** A stored response served again (a cache hit). */
    record Final(QueryResponse response) implements TierOutcome {}

    /** The question is too ambiguous to answer; no SQL runs and the user is asked this instead. */
    record Clarify(String question) implements TierOutcome {}

    /** Why a tier declined. */
    enum Why {
        /** Turned off for this request or this installation (no cache, offline, no LLM configured…). */
        TURNED_OFF,
        /** Nothing stored for the question. */
        MISS,
        /** No reading of the question was good enough. */
        NOT_CONFIDENT,
        /** A service the tier needs (the LLM) could not be reached: a lower tier's answer is degraded. */
        UNAVAILABLE,
        /** The tier wrote or found SQL, but none of it ran. */
        FAILED
    }

    static TierOutcome answered(Answer answer) {
        return new Answered(answer);
    }

    static TierOutcome declined(Why why, String reason) {
        return new Declined(why, reason);
    }
}
