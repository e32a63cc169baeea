package io.askdb.pipeline;

import io.askdb.api.QueryResponse;

/** A tier either answers, or declines and says why so the next tier can try. */
public sealed interface TierOutcome {

    record Answered(Answer answer) implements TierOutcome {}

    /** The tier could not or should not answer; {@code reason} goes into the response's account. */
    record Declined(String reason) implements TierOutcome {}

    /** A stored response served again (a cache hit). */
    record Final(QueryResponse response) implements TierOutcome {}

    /** The question is too ambiguous to answer; no SQL runs and the user is asked this instead. */
    record Clarify(String question) implements TierOutcome {}

    static TierOutcome answered(Answer answer) {
        return new Answered(answer);
    }

    static TierOutcome declined(String reason) {
        return new Declined(reason);
    }
}
