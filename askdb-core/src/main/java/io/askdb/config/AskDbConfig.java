package io.askdb.config;

import java.util.Map;

/**
 * The whole configuration, frozen. Built once from the environment by {@link #fromEnvironment()}
 * (the only call to {@code System.getenv} in askdb) or from a map in tests.
 */
public record AskDbConfig(
        DatabaseSettings database, CacheSettings cache, PipelineSettings pipeline, LlmSettings llm) {

    public static AskDbConfig fromEnvironment() {
        return fromMap(System.getenv());
    }

    public static AskDbConfig fromMap(Map<String, String> env) {
        EnvReader reader = new EnvReader(env);
        return new AskDbConfig(
                DatabaseSettings.from(reader),
                CacheSettings.from(reader),
                PipelineSettings.from(reader),
                LlmSettings.from(reader));
    }

    /** Defaults only: the embedded sample, no LLM, local caches. */
    public static AskDbConfig defaults() {
        return fromMap(Map.of());
    }

    public AskDbConfig withDatabase(DatabaseSettings newDatabase) {
        return new AskDbConfig(newDatabase, cache, pipeline, llm);
    }

    public AskDbConfig withPipeline(PipelineSettings newPipeline) {
        return new AskDbConfig(database, cache, newPipeline, llm);
    }

    public AskDbConfig withLlm(LlmSettings newLlm) {
        return new AskDbConfig(database, cache, pipeline, newLlm);
    }
}
