package io.askdb.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.askdb.config.AskDbConfig;
import io.askdb.config.LlmTuning;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelProfileTest {

    private static final LlmTuning TUNING = AskDbConfig.fromMap(Map.of(
            "ASKDB_REASONING_MODELS", "qwq-32b, Deepseek-R1",
            "ASKDB_STANDARD_MODELS", "o1-compatible-proxy",
            "ASKDB_LLM_PRICES", "gpt-4.1=3/9, local-llama=0/0"))
            .llm().tuning();

    @ParameterizedTest(name = "{0} reasoning={1}")
    @CsvSource({
        "o4-mini, true", "O4-MINI, true", "o1, true", "o1-mini, true", "o3, true", "o3-mini-2025-01-31, true",
        "gpt-5, true", "gpt-5-mini, true", "qwq-32b, true", "deepseek-r1, true",
        "gpt-4.1, false", "gpt-4o, false", "gpt-4o-mini, false", "llama3.1, false",
        "my-o1-finetune, false", "o1-compatible-proxy, false", "foo1, false"
    })
    void should_tell_reasoning_models_by_name_and_configuration(String model, boolean reasoning) {
        assertThat(ModelProfile.isReasoning(model, model, TUNING)).isEqualTo(reasoning);
    }

    @Test
    void should_recognise_a_reasoning_deployment_by_its_configured_name() {
        LlmTuning tuning = AskDbConfig.fromMap(Map.of("ASKDB_REASONING_MODELS", "reasoner-prod")).llm().tuning();

        assertThat(ModelProfile.of("house-model", "reasoner-prod", tuning).reasoning()).isTrue();
    }

    @Test
    void should_give_reasoning_models_completion_tokens_and_no_temperature() {
        ModelProfile reasoning = ModelProfile.of("o4-mini", "o4-mini", TUNING);
        ModelProfile standard = ModelProfile.of("gpt-4.1", "gpt-4.1", TUNING);

        assertThat(reasoning.maxTokens()).isEqualTo(LlmTuning.DEFAULT_REASONING_MAX_TOKENS);
        assertThat(reasoning.temperature()).isEmpty();
        assertThat(reasoning.timeout()).isEqualTo(TUNING.reasoningTimeout());
        assertThat(standard.maxTokens()).isEqualTo(LlmTuning.DEFAULT_MAX_TOKENS);
        assertThat(standard.temperature()).hasValue(0.1);
        assertThat(standard.timeout()).isEqualTo(TUNING.timeout());
    }

    @Test
    void should_price_calls_from_the_table_with_configured_overrides() {
        assertThat(ModelProfile.of("o4-mini", "o4-mini", TUNING).cost(1_000_000, 1_000_000))
                .isCloseTo(1.10 + 4.40, within(1e-9));
        assertThat(ModelProfile.of("gpt-4.1", "gpt-4.1", TUNING).cost(1000, 500))
                .isCloseTo((1000 * 3.0 + 500 * 9.0) / 1e6, within(1e-12));
        assertThat(ModelProfile.of("gpt-4.1-2025-04-14", "x", TUNING).price()).hasValue(new LlmTuning.Price(3, 9));
        assertThat(ModelProfile.of("gpt-4o-mini", "x", TUNING).price()).hasValue(new LlmTuning.Price(0.15, 0.60));
    }

    @Test
    void should_cost_nothing_for_a_model_without_a_price() {
        ModelProfile unknown = ModelProfile.of("mistral-small", "mistral-small", TUNING);

        assertThat(unknown.price()).isEmpty();
        assertThat(unknown.cost(5000, 5000)).isZero();
    }
}
