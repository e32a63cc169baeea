package io.askdb.pipeline;

import io.askdb.api.TierName;
import io.askdb.api.Strategy;
import io.askdb.offline.Candidate;
import io.askdb.pipeline.TierOutcome.Why;
import java.util.List;

/**
 * Tier 2: answers without an LLM, but only when the offline answerer's best candidate is at least
 * as confident as {@code FAST_PATH_CONFIDENCE} and runs cleanly. Otherwise it hands over and says why.
 */
final class FastPathTier implements Tier {

    private final OfflineAnswerers answerers;
    private final double threshold;

    FastPathTier(OfflineAnswerers answerers, double threshold) {
        this.answerers = answerers;
        this.threshold = threshold;
    }

    @Override
    public TierName name() {
        return TierName.FAST_PATH;
    }

    @Override
    public TierOutcome attempt(QueryContext context) {
        if (threshold > 1.0) {
            return TierOutcome.declined(Why.TURNED_OFF, "skipped: turned off (FAST_PATH_CONFIDENCE above 1)");
        }
        List<Candidate> candidates = answerers.candidates(context);
        if (candidates.isEmpty()) {
            return TierOutcome.declined(Why.NOT_CONFIDENT, "not confident: no rule matched the question");
        }
        Candidate best = candidates.get(0);
        context.fastPathConfidence(best.confidence());
        if (best.confidence() < threshold) {
            return TierOutcome.declined(Why.NOT_CONFIDENT, "not confident: best reading scored "
                    + Scores.apart(best.confidence(), threshold) + ", below the threshold "
                    + Scores.apart(threshold, best.confidence()) + " (" + best.explanation() + ")");
        }
        return SqlRunner.run(context, best.sql())
                .<TierOutcome>map(ran -> TierOutcome.answered(
                        new Answer(ran.sql(), ran.result(), Strategy.TEMPLATE, null, best.explanation(),
                                best.confidence(), best.unplaced())))
                .orElseGet(() -> TierOutcome.declined(Why.FAILED, "its SQL failed: " + context.lastError()));
    }
}
