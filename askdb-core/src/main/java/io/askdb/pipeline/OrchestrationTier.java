package io.askdb.pipeline;

import io.askdb.api.TierName;
import io.askdb.orchestration.Orchestrator;
import java.util.Optional;

/**
 * Tier 3: the LLM orchestration. Skipped, with the reason in the response, when the request is
 * offline or no LLM provider is configured; in that case nothing tries to connect.
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
            return TierOutcome.declined("skipped: offline requested");
        }
        if (orchestrator.isEmpty()) {
            return TierOutcome.declined("skipped: no LLM configured (set LLM_PROVIDER and its key or URL)");
        }
        Orchestrator.Result result = orchestrator.get().answer(context, new Attempts(context));
        if (result instanceof Orchestrator.Result.Ran ran) {
            return TierOutcome.answered(new Answer(ran.sql(), ran.rows(), ran.strategy(), ran.model(), ran.explanation()));
        }
        if (result instanceof Orchestrator.Result.Clarify clarify) {
            return new TierOutcome.Clarify(clarify.question());
        }
        Orchestrator.Result.Failed failed = (Orchestrator.Result.Failed) result;
        return TierOutcome.declined(failed.reason());
    }

    /** The orchestration's view of SQL execution: the same guard, executor and attempt record as every tier. */
    private record Attempts(QueryContext context) implements Orchestrator.SqlAttempts {

        @Override
        public Optional<Ran> run(String sql) {
            return SqlRunner.run(context, sql).map(r -> new Ran(r.sql(), r.result()));
        }

        @Override
        public void fail(String text, String error) {
            context.recordAttempt(text, error);
        }

        @Override
        public String lastError() {
            return context.lastError();
        }
    }
}
