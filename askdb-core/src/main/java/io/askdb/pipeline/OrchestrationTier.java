package io.askdb.pipeline;

/**
 * Tier 3: the LLM orchestration. Skipped, with the reason in the response, when the request is
 * offline or no LLM provider is configured; in that case nothing tries to connect.
 */
final class OrchestrationTier implements Tier {

    private final boolean llmConfigured;

    OrchestrationTier(boolean llmConfigured) {
        this.llmConfigured = llmConfigured;
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
        if (!llmConfigured) {
            return TierOutcome.declined("skipped: no LLM configured (set LLM_PROVIDER and its key or URL)");
        }
        return TierOutcome.declined("unavailable: the LLM orchestration is not built into this version");
    }
}
