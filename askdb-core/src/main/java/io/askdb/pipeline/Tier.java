package io.askdb.pipeline;

import io.askdb.api.TierName;

/**
 * One way of answering a question. A tier may throw; the {@link Pipeline} records the failure
 * and moves on to the next tier.
 */
interface Tier {

    TierName name();

    /** Whether the tier takes part in this request at all; one that does not leaves no entry in the account. */
    default boolean applies(QueryContext context) {
        return true;
    }

    TierOutcome attempt(QueryContext context);
}
