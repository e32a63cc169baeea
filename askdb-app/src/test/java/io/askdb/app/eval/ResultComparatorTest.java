package io.askdb.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparatorTest {

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void should_ignore_row_order_when_the_gold_query_does_not_order() {
        assertThat(ResultComparator.matches(List.of(row(1L), row(2L)), List.of(row(2L), row(1L)), "SELECT a FROM t"))
                .isTrue();
    }

    @Test
    void should_respect_row_order_when_the_gold_query_orders() {
        assertThat(ResultComparator.matches(List.of(row(1L), row(2L)), List.of(row(2L), row(1L)),
                "SELECT a FROM t ORDER BY a DESC")).isFalse();
    }

    @Test
    void should_compare_numbers_by_value_across_types() {
        assertThat(ResultComparator.matches(List.of(row(1L, 2.5)), List.of(row(1.0, new BigDecimal("2.50"))), "x"))
                .isTrue();
    }

    @Test
    void should_count_duplicates_as_a_multiset() {
        assertThat(ResultComparator.matches(List.of(row("a"), row("a")), List.of(row("a"), row("b")), "x")).isFalse();
    }

    @Test
    void should_treat_null_apart_from_the_text_null() {
        assertThat(ResultComparator.matches(List.of(row((Object) null)), List.of(row("null")), "x")).isFalse();
    }
}
