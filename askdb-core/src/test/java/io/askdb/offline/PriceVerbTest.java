package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.linking.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceVerbTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "How much does Chain cost? | true",
        "how much do the red helmets cost | true",
        "Which rooms cost more than 120? | true",
        "List the products costing between 600 and 700 | true",
        "What is the average cost of products? | false",
        "What is the cost of Chain? | false",
        "What are the daily hire costs for the products? | false",
        "Which procedure has the highest cost? | false",
    })
    void should_read_cost_as_the_price_only_when_it_is_a_verb(String text, boolean price) {
        Question q = analyzer.analyze(text);
        int at = 0;
        while (!q.token(at).lower().startsWith("cost")) {
            at++;
        }
        Mention cost = new Mention(at, at + 1, Mention.Kind.COLUMN, List.of(), 1);

        assertThat(PriceVerb.asksPrice(q, cost)).isEqualTo(price);
    }
}
