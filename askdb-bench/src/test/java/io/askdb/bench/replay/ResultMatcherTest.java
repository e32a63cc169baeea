package io.askdb.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultMatcherTest {

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    static Stream<Arguments> cases() {
        List<List<Object>> gold = List.of(row("Bike", new BigDecimal("10.00")), row("Helmet", new BigDecimal("2.50")));
        return Stream.of(
                Arguments.of("same rows, same columns", List.of(row("Bike", 10), row("Helmet", 2.5)), gold,
                        "SELECT Name, Price FROM t", true, true),
                Arguments.of("rows in another order without ORDER BY", List.of(row("Helmet", 2.5), row("Bike", 10)),
                        gold, "SELECT Name, Price FROM t", true, true),
                Arguments.of("rows in another order with ORDER BY", List.of(row("Helmet", 2.5), row("Bike", 10)),
                        gold, "SELECT Name, Price FROM t ORDER BY Price DESC", false, false),
                Arguments.of("an extra ID column", List.of(row(1, "Bike", 10), row(2, "Helmet", 2.5)), gold,
                        "SELECT Name, Price FROM t", true, false),
                Arguments.of("columns swapped", List.of(row(10, "Bike"), row(2.5, "Helmet")), gold,
                        "SELECT Name, Price FROM t", true, false),
                Arguments.of("a missing column", List.of(row("Bike"), row("Helmet")), gold,
                        "SELECT Name, Price FROM t", false, false),
                Arguments.of("one row too many", List.of(row("Bike", 10), row("Helmet", 2.5), row("Bell", 1)), gold,
                        "SELECT Name, Price FROM t", false, false),
                Arguments.of("a wrong value", List.of(row("Bike", 10), row("Helmet", 3)), gold,
                        "SELECT Name, Price FROM t", false, false),
                Arguments.of("a count as text", List.of(row("847")), List.of(row(847L)), "SELECT COUNT(*) FROM c", true,
                        true),
                Arguments.of("columns whose values cross rows", List.of(row("Bike", 2.5), row("Helmet", 10)), gold,
                        "SELECT Name, Price FROM t", false, false),
                Arguments.of("both empty", List.of(), List.of(), "SELECT Name FROM t WHERE 1 = 0", true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_judge_answers_by_their_rows(String name, List<List<Object>> answer, List<List<Object>> gold,
            String goldSql, boolean correct, boolean strict) {
        assertThat(ResultMatcher.matches(answer, gold, goldSql)).as("correct").isEqualTo(correct);
        assertThat(ResultMatcher.strict(answer, gold, goldSql)).as("strict").isEqualTo(strict);
    }
}
