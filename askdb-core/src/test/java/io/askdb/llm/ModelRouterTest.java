package io.askdb.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.config.PipelineSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelRouterTest {

    private static final double THRESHOLD = PipelineSettings.DEFAULT_COMPLEXITY_THRESHOLD;

    private final ModelRouter router = new ModelRouter(THRESHOLD, "gpt-4.1", "o4-mini", () -> false, 8);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rank the top 10 products by revenue within each category            | o4-mini | 0.95
            list customers with their total order value                         | gpt-4.1 | 0.85
            count customers                                                     | gpt-4.1 | 0.85
            Show me customers                                                   | gpt-4.1 | 0.85
            Complex sales analysis with window functions                        | o4-mini | 0.95
            Urgent: count orders                                                | gpt-4.1 | 0.85
            year-over-year revenue growth by product category                   | o4-mini | 0.80
            running total of sales per month                                    | o4-mini | 0.95
            top 3 customers in each country by order value                      | o4-mini | 0.95
            how many orders per customer                                        | gpt-4.1 | 0.85
            customers who never placed an order joined with their addresses     | o4-mini | 0.80
            list the countries of our customers                                 | gpt-4.1 | 0.85
            products selected by account managers                               | gpt-4.1 | 0.85
            """)
    void should_route_questions_by_complexity(String question, String model, double confidence) {
        RoutingDecision decision = router.route(question);

        assertThat(decision.model()).isEqualTo(model);
        assertThat(decision.complex()).isEqualTo(model.equals("o4-mini"));
        assertThat(decision.confidence()).isEqualTo(confidence);
        assertThat(decision.downgraded()).isFalse();
    }

    @Test
    void should_explain_the_score_and_its_indicators() {
        RoutingDecision decision = router.route("rank the top 10 products by revenue within each category");

        assertThat(decision.score()).isEqualTo(3.0);
        assertThat(decision.indicators()).containsExactly("'within each' (aggregations) +1.0", "'rank' (advanced) +2.0");
        assertThat(decision.reasoning()).isEqualTo(
                "'rank' (advanced) +2.0, 'within each' (aggregations) +1.0 → 3.0 ≥ 1.5: complex model");
    }

    @Test
    void should_count_simple_indicators_against_the_score() {
        RoutingDecision decision = router.route("list customers with their total order value");

        assertThat(decision.score()).isEqualTo(-0.5);
        assertThat(decision.indicators()).containsExactly("'list' (basic_select) -0.5");
    }

    @Test
    void should_match_whole_words_only() {
        // "count" in "country"/"account", "cte" in "selected", "rank" in "frankfurt" must not fire.
        RoutingDecision decision = router.route("frankfurt country accounts selected");

        assertThat(decision.indicators()).isEmpty();
        assertThat(decision.score()).isZero();
    }

    @Test
    void should_prefer_the_fast_model_when_the_question_asks_for_speed() {
        RoutingDecision decision = router.route("quick: rank products by revenue within each category");

        assertThat(decision.model()).isEqualTo("gpt-4.1");
        assertThat(decision.score()).isEqualTo(3.0);
        assertThat(decision.reasoning()).startsWith("speed priority ('quick') overrides 'rank' (advanced) +2.0");
    }

    @Test
    void should_route_by_an_estimate_and_name_its_parts() {
        Difficulty estimate = new Difficulty(2.4, List.of(
                new Difficulty.Part("tables", "3 tables", 2.2),
                new Difficulty.Part("negationOverSet", "negation over a set ('never')", 3.5),
                new Difficulty.Part("base", "base", -3.3)), Optional.empty());

        RoutingDecision decision = router.route(estimate);

        assertThat(decision.model()).isEqualTo("o4-mini");
        assertThat(decision.difficulty()).isSameAs(estimate);
        assertThat(decision.reasoning()).isEqualTo(
                "negation over a set ('never') +3.5, 3 tables +2.2, base -3.3 → 2.4 ≥ 1.5: complex model");
        assertThat(router.route(new Difficulty(1.4, estimate.parts(), Optional.empty())).reasoning())
                .endsWith("→ 1.4 < 1.5: fast model");
    }

    @Test
    void should_use_the_configured_threshold() {
        ModelRouter strict = new ModelRouter(4.0, "gpt-4.1", "o4-mini", () -> false, 8);
        ModelRouter eager = new ModelRouter(0.5, "gpt-4.1", "o4-mini", () -> false, 8);

        assertThat(strict.route("rank the top 10 products by revenue within each category").model())
                .isEqualTo("gpt-4.1");
        assertThat(eager.route("average price per category").model()).isEqualTo("o4-mini");
    }

    @Test
    void should_downgrade_complex_questions_while_the_complex_model_is_saturated() {
        ModelRouter busy = new ModelRouter(THRESHOLD, "gpt-4.1", "o4-mini", () -> true, 2);

        RoutingDecision complex = busy.route("rank the top 10 products by revenue within each category");
        RoutingDecision simple = busy.route("count customers");

        assertThat(complex.model()).isEqualTo("gpt-4.1");
        assertThat(complex.complex()).isFalse();
        assertThat(complex.downgraded()).isTrue();
        assertThat(complex.reasoning()).contains("downgraded to the fast model because o4-mini has 2 calls in flight");
        assertThat(simple.downgraded()).isFalse();
    }
}
