package io.askdb.llm;

import io.askdb.config.AskDbConfig;
import io.askdb.config.LlmSettings;
import io.askdb.config.LlmTuning;
import io.askdb.config.PipelineSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Settings for gateway tests: built from environment names, with short waits. */
final class GatewayFixture {

    static final PipelineSettings PIPELINE = AskDbConfig.defaults().pipeline();

    private GatewayFixture() {}

    /** Settings as {@code AskDbConfig.fromMap} reads them from these environment variables. */
    static LlmSettings settings(Map<String, String> env) {
        return AskDbConfig.fromMap(env).llm();
    }

    static LlmSettings openAi(String baseUrl, String... moreEnv) {
        Map<String, String> env = new HashMap<>(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", baseUrl, "OPENAI_API_KEY", "sk-test"));
        for (int i = 0; i + 1 < moreEnv.length; i += 2) {
            env.put(moreEnv[i], moreEnv[i + 1]);
        }
        return settings(env).withTuning(fast().build());
    }

    /** Tuning with millisecond waits, so resilience tests run in milliseconds. */
    static Tuning fast() {
        return new Tuning();
    }

    static final class Tuning {
        Set<String> reasoningModels = Set.of();
        // Generous: a cold Azure SDK (Netty, TLS) on a loaded 2-core machine took over 5 s for its first call.
        Duration timeout = Duration.ofSeconds(20);
        int maxRetries = 2;
        Duration maxRetryWait = Duration.ofSeconds(1);
        int breakerFailures = 5;
        Duration breakerOpen = Duration.ofSeconds(30);
        int complexMaxInFlight = 8;

        Tuning reasoningModels(String... names) {
            reasoningModels = Set.of(names);
            return this;
        }

        Tuning timeout(Duration value) {
            timeout = value;
            return this;
        }

        Tuning maxRetries(int value) {
            maxRetries = value;
            return this;
        }

        Tuning maxRetryWait(Duration value) {
            maxRetryWait = value;
            return this;
        }

        Tuning breakerFailures(int value) {
            breakerFailures = value;
            return this;
        }

        Tuning complexMaxInFlight(int value) {
            complexMaxInFlight = value;
            return this;
        }

        LlmTuning build() {
            return new LlmTuning(reasoningModels, Set.of(), LlmTuning.DEFAULT_MAX_TOKENS,
                    LlmTuning.DEFAULT_REASONING_MAX_TOKENS, LlmTuning.DEFAULT_TEMPERATURE, timeout, timeout,
                    maxRetries, Duration.ofMillis(1), maxRetryWait, breakerFailures, breakerOpen, complexMaxInFlight,
                    LlmTuning.DEFAULT_PRICES);
        }
    }
}
