package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategySelectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        show me the data                                                   | 0 | false | CLARIFICATION
        give me everything                                                 | 2 | false | CLARIFICATION
        what about it                                                      | 0 | false | CLARIFICATION
        compare sales in 2007 with sales in 2008                           | 2 | true  | DECOMPOSITION
        revenue by category and also the number of orders per customer     | 3 | true  | DECOMPOSITION
        rank products by revenue within each category                      | 3 | true  | ITERATIVE_REFINEMENT
        list customers with their total order value                        | 2 | false | DIRECT
        """)
    void should_choose_the_approach_by_rules(String question, int matched, boolean complex, Strategy expected) {
        assertThat(StrategySelector.choose(question, matched, complex)).isEqualTo(expected);
    }
}
