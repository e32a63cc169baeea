package io.askdb.pipeline;

import io.askdb.api.TierName;
import io.askdb.api.Strategy;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineAnswerer;
import io.askdb.pipeline.TierOutcome.Why;
import io.askdb.schema.TableInfo;
import java.util.List;

/**
 * Tier 4: the offline answer of last resort. It runs the offline answerer's candidates best first,
 * whatever their confidence, and answers with the first that runs. With none, it declines and
 * leaves suggestions (the tables it knows) for the response.
 */
final class AirplaneTier implements Tier {

    private static final int MAX_CANDIDATES = 3;

    private final OfflineAnswerers answerers;

    AirplaneTier(OfflineAnswerers answerers) {
        this.answerers = answerers;
    }

    @Override
    public TierName name() {
        return TierName.AIRPLANE;
    }

    @Override
    public TierOutcome attempt(QueryContext context) {
        OfflineAnswerer answerer = answerers.forContext(context);
        List<Candidate> candidates = answerer.candidates(context.question());
        for (Candidate candidate : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            var ran = SqlRunner.run(context, candidate.sql());
            if (ran.isPresent()) {
                context.airplaneConfidence(candidate.confidence());
                return TierOutcome.answered(new Answer(ran.get().sql(), ran.get().result(), Strategy.TEMPLATE, null,
                        candidate.explanation(), candidate.confidence(), candidate.unplaced()));
            }
        }
        List<String> tables = context.snapshot().catalog().tables().stream()
                .map(TableInfo::id).map(Object::toString).toList();
        context.suggestions(new Suggestions(tables, answerer.suggestions()));
        return candidates.isEmpty()
                ? TierOutcome.declined(Why.NOT_CONFIDENT, "no offline reading of the question")
                : TierOutcome.declined(Why.FAILED, "none of " + candidates.size() + " offline readings ran");
    }
}
