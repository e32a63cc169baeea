package io.askdb.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole configuration, frozen. Built once from the environment by {@link #fromEnvironment()}
 * (the only call to {@code System.getenv} in askdb) or from a map in tests.
 */
public record AskDbConfig(
        DatabaseSettings database, CacheSettings cache, PipelineSettings pipeline, LlmSettings llm,
        ServerSettings server, ConversationSettings conversations) {

    public AskDbConfig(DatabaseSettings database, CacheSettings cache, PipelineSettings pipeline, LlmSettings llm,
            ServerSettings server) {
        this(database, cache, pipeline, llm, server, ConversationSettings.defaults());
    }

    /** A configuration for library use: the server's settings at their defaults. */
    public AskDbConfig(DatabaseSettings database, CacheSettings cache, PipelineSettings pipeline, LlmSettings llm) {
        this(database, cache, pipeline, llm, ServerSettings.defaults());
    }

    public static AskDbConfig fromEnvironment() {
        return fromMap(System.getenv());
    }

    /** The environment with some variables set otherwise (command-line options that stand for a variable). */
    public static AskDbConfig fromEnvironment(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(overrides);
        return fromMap(env);
    }

    public static AskDbConfig fromMap(Map<String, String> env) {
        EnvReader reader = new EnvReader(env);
        DatabaseSettings database = DatabaseSettings.from(reader);
        Map<String, DatabaseSettings> named = reader.string("ASKDB_DATABASES_FILE")
                .map(file -> DatabasesFile.read(Path.of(file), reader, database))
                .orElse(Map.of());
        Map<String, DatabaseSettings> others = new LinkedHashMap<>(named);
        DatabaseSettings defaultDatabase = others.containsKey("default") ? others.remove("default") : database;
        return new AskDbConfig(
                defaultDatabase,
                CacheSettings.from(reader),
                PipelineSettings.from(reader),
                LlmSettings.from(reader),
                ServerSettings.from(reader, others),
                ConversationSettings.from(reader));
    }

    /** Defaults only: the embedded sample, no LLM, local caches. */
    public static AskDbConfig defaults() {
        return fromMap(Map.of());
    }

    public AskDbConfig withDatabase(DatabaseSettings newDatabase) {
        return new AskDbConfig(newDatabase, cache, pipeline, llm, server, conversations);
    }

    public AskDbConfig withPipeline(PipelineSettings newPipeline) {
        return new AskDbConfig(database, cache, newPipeline, llm, server, conversations);
    }

    public AskDbConfig withLlm(LlmSettings newLlm) {
        return new AskDbConfig(database, cache, pipeline, newLlm, server, conversations);
    }

    public AskDbConfig withServer(ServerSettings newServer) {
        return new AskDbConfig(database, cache, pipeline, llm, newServer, conversations);
    }
}
