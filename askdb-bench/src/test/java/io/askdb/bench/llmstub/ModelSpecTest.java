package io.askdb.bench.llmstub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelSpecTest {

    @ParameterizedTest
    @CsvSource({"gpt-4.1, 0.002, 1200", "o4-mini, 0.008, 2800"})
    void should_cost_the_designs_price_per_question_for_the_reference_call(String model, double price, long millis) {
        ModelSpec spec = ModelTable.defaults().get(model);

        assertThat(spec.cost(ModelSpec.REFERENCE_PROMPT_TOKENS, ModelSpec.REFERENCE_COMPLETION_TOKENS))
                .isCloseTo(price, within(1e-12));
        assertThat(spec.outputPerMillion()).isCloseTo(4 * spec.inputPerMillion(), within(1e-9));
        assertThat(spec.latency().toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"gpt-4.1", "GPT-4.1"})
    void should_give_askdb_the_same_prices_in_its_own_notation(String name) {
        assertThat(ModelTable.defaults().find(name)).isPresent();
        assertThat(ModelTable.defaults().asAskDbPrices())
                .isEqualTo("gpt-4.1=1.428571/5.714286,o4-mini=5.714286/22.857143");
    }
}
