package io.askdb.pipeline;

import io.askdb.api.TierName;
import io.askdb.orchestration.Orchestrator;
import io.askdb.pipeline.TierOutcome.Why;
import java.util.Optional;

/**
 * Tier 3: the LLM orchestration. Skipped, with the reason in the response, when the request is
 * offline or no LLM provider is configured; in that case nothing tries to connect. The orchestration
 * runs its SQL through the request's context: the same guard, executor and attempt record as every tier.
 */
final class OrchestrationTier implements Tier {

    private final Optional<Orchestrator> orchestrator;

    OrchestrationTier(Optional<Orchestrator> orchestrator) {
        this.orchestrator = orchestrator;
    }

    @Override
    public TierName name() {
        return TierName.ORCHESTRATION;
    }

    @Override
    public TierOutcome attempt(QueryContext context) {
        if (context.request().offline()) {
            return TierOutcome.declined(Why.TURNED_OFF, "skipped: offline requested");
        }
        if (orchestrator.isEmpty()) {
            return TierOutcome.declined(Why.TURNED_OFF,
                    "skipped: no LLM configured (set LLM_PROVIDER and its key or URL)");
        }
        Orchestrator.Result result = orchestrator.get().answer(context);
        if (result instanceof Orchestrator.Result.Ran ran) {
            return TierOutcome.answered(new Answer(ran.sql(), ran.rows(), ran.strategy(), ran.model(), ran.explanation()));
        }
        if (result instanceof Orchestrator.Result.Clarify clarify) {
            return new TierOutcome.Clarify(clarify.question());
        }
        if (result instanceof Orchestrator.Result.Unavailable unavailable) {
            return TierOutcome.declined(Why.UNAVAILABLE, unavailable.reason());
        }
        return TierOutcome.declined(Why.FAILED, ((Orchestrator.Result.Exhausted) result).reason());
    }
}
