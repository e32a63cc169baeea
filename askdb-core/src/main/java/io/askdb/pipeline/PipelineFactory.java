package io.askdb.pipeline;

import io.askdb.config.AskDbConfig;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds the standard four-tier pipeline from the configuration. */
public final class PipelineFactory {

    private PipelineFactory() {}

    public static Pipeline create(AskDbConfig config, AnswerCache cache, UnaryOperator<String> normalizer) {
        OfflineAnswerers answerers = new OfflineAnswerers();
        List<Tier> tiers = List.of(
                new CacheTier(cache),
                new FastPathTier(answerers, config.pipeline().fastPathConfidence()),
                new OrchestrationTier(config.llm().enabled()),
                new AirplaneTier(answerers));
        return new Pipeline(tiers, cache, config.pipeline().maxQuestionLength(), normalizer);
    }
}
