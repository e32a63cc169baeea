package io.askdb.pipeline;

import io.askdb.api.TierName;

/**
 * One way of answering a question. A tier may throw; the {@link Pipeline} records the failure
 * and moves on to the next tier.
 */
interface Tier {

    TierName name();

    TierOutcome attempt(QueryContext context);
}
