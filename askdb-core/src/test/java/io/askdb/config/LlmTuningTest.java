package io.askdb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.config.LlmTuning.Price;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmTuningTest {

    @Test
    void should_default_every_setting_when_the_environment_is_empty() {
        LlmTuning tuning = AskDbConfig.defaults().llm().tuning();

        assertThat(tuning.reasoningModels()).isEmpty();
        assertThat(tuning.maxTokens()).isEqualTo(1000);
        assertThat(tuning.reasoningMaxTokens()).isEqualTo(4000);
        assertThat(tuning.temperature()).isEqualTo(0.1);
        assertThat(tuning.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(tuning.reasoningTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(tuning.maxRetries()).isEqualTo(2);
        assertThat(tuning.retryBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(tuning.maxRetryWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(tuning.breakerFailures()).isEqualTo(5);
        assertThat(tuning.breakerOpenDuration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(tuning.complexMaxInFlight()).isEqualTo(8);
        assertThat(tuning.prices()).containsEntry("gpt-4.1", new Price(2.00, 8.00))
                .containsEntry("o4-mini", new Price(1.10, 4.40));
    }

    @Test
    void should_read_every_setting_from_its_variable() {
        LlmSettings llm = AskDbConfig.fromMap(Map.ofEntries(
                Map.entry("ASKDB_REASONING_MODELS", "QwQ-32B,deepseek-r1"),
                Map.entry("ASKDB_STANDARD_MODELS", "o1-proxy"),
                Map.entry("ASKDB_LLM_MAX_TOKENS", "700"),
                Map.entry("ASKDB_REASONING_MAX_TOKENS", "9000"),
                Map.entry("ASKDB_LLM_TEMPERATURE", "0"),
                Map.entry("ASKDB_LLM_TIMEOUT", "12"),
                Map.entry("ASKDB_REASONING_LLM_TIMEOUT", "120"),
                Map.entry("ASKDB_LLM_MAX_RETRIES", "0"),
                Map.entry("ASKDB_LLM_RETRY_BACKOFF_MS", "250"),
                Map.entry("ASKDB_LLM_MAX_RETRY_WAIT", "3"),
                Map.entry("ASKDB_LLM_BREAKER_FAILURES", "2"),
                Map.entry("ASKDB_LLM_BREAKER_OPEN", "60"),
                Map.entry("ASKDB_COMPLEX_MAX_INFLIGHT", "3"),
                Map.entry("ASKDB_LLM_PRICES", "GPT-4.1=1.5/6, my-model=0.2/0.4"),
                Map.entry("AZURE_OPENAI_API_VERSION", "2024-06-01"))).llm();
        LlmTuning tuning = llm.tuning();

        assertThat(tuning.reasoningModels()).containsExactlyInAnyOrder("qwq-32b", "deepseek-r1");
        assertThat(tuning.standardModels()).containsExactly("o1-proxy");
        assertThat(tuning.maxTokens()).isEqualTo(700);
        assertThat(tuning.reasoningMaxTokens()).isEqualTo(9000);
        assertThat(tuning.temperature()).isZero();
        assertThat(tuning.timeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(tuning.reasoningTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(tuning.maxRetries()).isZero();
        assertThat(tuning.retryBackoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(tuning.maxRetryWait()).isEqualTo(Duration.ofSeconds(3));
        assertThat(tuning.breakerFailures()).isEqualTo(2);
        assertThat(tuning.breakerOpenDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(tuning.complexMaxInFlight()).isEqualTo(3);
        assertThat(tuning.prices()).containsEntry("gpt-4.1", new Price(1.5, 6))
                .containsEntry("my-model", new Price(0.2, 0.4))
                .containsEntry("o4-mini", new Price(1.10, 4.40));
        assertThat(llm.azureApiVersion()).hasValue("2024-06-01");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASKDB_LLM_MAX_TOKENS       | 0        | ASKDB_LLM_MAX_TOKENS must be >= 1, was 0
            ASKDB_LLM_TEMPERATURE      | 3        | ASKDB_LLM_TEMPERATURE must be in [0, 2], was 3.0
            ASKDB_LLM_TIMEOUT          | 0        | ASKDB_LLM_TIMEOUT must be > 0, was PT0S
            ASKDB_COMPLEX_MAX_INFLIGHT | 0        | ASKDB_COMPLEX_MAX_INFLIGHT must be >= 1, was 0
            ASKDB_LLM_PRICES           | gpt-4.1  | ASKDB_LLM_PRICES entries must look like model=input/output (USD per 1M tokens), was 'gpt-4.1'
            ASKDB_LLM_PRICES           | x=a/1    | ASKDB_LLM_PRICES has a price that is not a number: 'x=a/1'
            """)
    void should_name_the_variable_when_a_value_is_wrong(String name, String value, String message) {
        assertThatThrownBy(() -> AskDbConfig.fromMap(Map.of(name, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void should_keep_the_earlier_constructor_with_default_tuning() {
        LlmSettings settings = new LlmSettings(LlmSettings.Provider.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "gpt-4.1",
                "o4-mini");

        assertThat(settings.tuning()).isEqualTo(LlmTuning.defaults());
        assertThat(settings.azureApiVersion()).isEmpty();
        assertThat(settings.disabled().tuning()).isEqualTo(settings.tuning());
    }
}
