package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {

    private static final List<String> COLUMNS = List.of(
            "Customer.FirstName", "Customer.LastName", "Customer.MiddleName", "Customer.CompanyName",
            "Customer.EmailAddress", "SalesOrderHeader.OrderDate", "SalesOrderHeader.ShipDate");

    @Test
    void should_put_the_typo_fix_first_when_a_name_is_misspelled() {
        assertThat(NameSuggester.closest("Custmer.FirstNam", COLUMNS)).containsExactly("Customer.FirstName");
    }

    @Test
    void should_match_by_words_when_the_name_is_in_another_style() {
        assertThat(NameSuggester.closest("order_date", List.of("OrderDate", "ShipDate", "DueDate")))
                .first().isEqualTo("OrderDate");
        assertThat(NameSuggester.tokenOverlap("order_date", "OrderDate")).isEqualTo(1.0);
    }

    @Test
    void should_list_runners_up_only_when_they_are_nearly_as_close() {
        assertThat(NameSuggester.closest("Name", List.of("FirstName", "LastName", "Title")))
                .containsExactly("FirstName", "LastName");
    }

    @Test
    void should_phrase_the_hint_as_a_question_when_there_are_candidates() {
        assertThat(NameSuggester.didYouMean("Colr", List.of("Color", "Size"))).isEqualTo("; did you mean Color?");
        assertThat(NameSuggester.didYouMean("x", List.of())).isEmpty();
    }

    @Test
    void should_count_edits_when_computing_distance() {
        assertThat(NameSuggester.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSuggester.levenshtein("", "abc")).isEqualTo(3);
    }
}
