package io.askdb.pipeline;

import io.askdb.cache.AnswerCache;
import io.askdb.config.AskDbConfig;
import io.askdb.orchestration.Orchestrator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds the standard four-tier pipeline from the configuration: the cache's exact stage, the fast
 * path, the cache's similar stage, the orchestration, airplane mode.
 */
public final class PipelineFactory {

    private PipelineFactory() {}

    /** @param orchestrator the LLM tier, or empty when no LLM is configured */
    public static Pipeline create(AskDbConfig config, AnswerCache cache, UnaryOperator<String> normalizer,
            Optional<Orchestrator> orchestrator) {
        OfflineAnswerers answerers = new OfflineAnswerers();
        List<Tier> tiers = List.of(
                CacheTier.exact(cache),
                new FastPathTier(answerers, config.pipeline().fastPathConfidence()),
                // After the fast path: only a question it declined pays for an embedding.
                CacheTier.similar(cache),
                new OrchestrationTier(orchestrator),
                new AirplaneTier(answerers));
        return new Pipeline(tiers, answerers, cache, config.pipeline().maxQuestionLength(), normalizer,
                config.pipeline().requestTimeout());
    }
}
