package io.askdb.spring;

import io.askdb.config.AskDbConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Turns the {@code askdb.*} properties into askdb's environment variables, so a Spring application
 * configures askdb with the names the CLI and the server document: {@code askdb.llm-provider},
 * {@code askdb.llmProvider} and {@code ASKDB_LLM_PROVIDER} all become {@code LLM_PROVIDER};
 * {@code askdb.rate-limit} becomes {@code ASKDB_RATE_LIMIT}. The starter's own switches
 * ({@link AskDbProperties}) are left out. Nothing is read from the process environment except
 * what Spring itself offers under {@code askdb.*}.
 */
final class AskDbSettings {

    /** askdb's variables that do not start with {@code ASKDB_}; every other setting gets that prefix. */
    static final Set<String> UNPREFIXED = Set.of(
            "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "LLM_PROVIDER", "OPENAI_API_KEY", "OPENAI_BASE_URL",
            "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_API_VERSION", "AZURE_OPENAI_GPT41_DEPLOYMENT",
            "AZURE_OPENAI_O4MINI_DEPLOYMENT", "OLLAMA_BASE_URL", "DEFAULT_AGENT_MODEL", "COMPLEX_AGENT_MODEL",
            "CACHE_TTL", "QUERY_CACHE_TTL", "SQL_CACHE_TTL", "ANALYSIS_CACHE_TTL", "SCHEMA_CACHE_TTL",
            "CACHE_MAX_ENTRIES", "CACHE_CLEANUP_INTERVAL", "CACHE_SEMANTIC_THRESHOLD", "REDIS_URL",
            "COMPLEXITY_THRESHOLD", "FAST_PATH_CONFIDENCE");
    private static final Set<String> OWN = Set.of("ENABLED", "USE_DATA_SOURCE", "REST_ENABLED", "REST_PATH");

    private AskDbSettings() {}

    static AskDbConfig config(Environment environment) {
        return AskDbConfig.fromMap(variables(environment));
    }

    static Map<String, String> variables(Environment environment) {
        Map<String, String> properties = Binder.get(environment)
                .bind("askdb", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, String> variables = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            String name = variable(key);
            if (name != null) {
                variables.put(name, value);
            }
        });
        return variables;
    }

    /** {@code query-cache-ttl}, {@code queryCacheTtl} or {@code query.cache.ttl} to {@code QUERY_CACHE_TTL}; null for the starter's own. */
    static String variable(String key) {
        String snake = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[.\\-\\[\\]]+", "_")
                .replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
        if (OWN.contains(snake)) {
            return null;
        }
        return UNPREFIXED.contains(snake) || snake.startsWith("ASKDB_") ? snake : "ASKDB_" + snake;
    }
}
