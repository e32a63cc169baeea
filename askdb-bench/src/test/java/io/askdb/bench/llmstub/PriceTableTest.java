package io.askdb.bench.llmstub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriceTableTest {

    @Test
    void should_price_the_design_reference_call_at_the_design_figure_without_billing_reasoning_again() {
        PriceTable design = PriceTable.design(ModelTable.defaults());

        assertThat(design.cost("o4-mini", 1_000, 100, 0)).isCloseTo(0.008, within(1e-9));
        assertThat(design.cost("o4-mini", 1_000, 1_600, 1_500)).isCloseTo(0.008, within(1e-9));
        assertThat(design.cost("gpt-4.1", 1_000, 100, 0)).isCloseTo(0.002, within(1e-9));
    }

    @Test
    void should_bill_reasoning_tokens_as_completion_tokens_at_list_prices() {
        PriceTable list = PriceTable.list();

        // 1,000 prompt tokens at $1.10/M and 1,600 completion tokens (1,500 of them reasoning) at $4.40/M.
        assertThat(list.cost("o4-mini", 1_000, 1_600, 1_500)).isCloseTo(0.0011 + 0.00704, within(1e-9));
        assertThat(list.cost("gpt-4.1", 1_000, 100, 0)).isCloseTo(0.002 + 0.0008, within(1e-9));
    }

    @Test
    void should_make_the_fast_model_wrong_on_every_question_the_reasoning_model_gets_wrong() {
        SkillTable skills = SkillTable.defaults();
        for (int hardness = 0; hardness < 3; hardness++) {
            for (double draw = 0; draw < 1; draw += 0.01) {
                if (skills.wrong("o4-mini", hardness, draw)) {
                    assertThat(skills.wrong("gpt-4.1", hardness, draw)).isTrue();
                }
            }
        }
        assertThat(skills.wrong("gpt-4.1", 2, 0.29)).isTrue();
        assertThat(skills.wrong("gpt-4.1", 2, 0.31)).isFalse();
        assertThat(skills.reasoningTokens("gpt-4.1", 2)).isZero();
        assertThat(skills.reasoningTokens("o4-mini", 2)).isEqualTo(1500);
    }
}
