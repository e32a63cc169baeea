package io.askdb.bench.llmstub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerBookTest {

    private final AnswerBook book = new AnswerBook(Map.of(
            "How many customers are there?", "SELECT COUNT(*) FROM SalesLT.Customer",
            "Which products are Red?", "SELECT Name FROM SalesLT.Product WHERE Color = 'Red'",
            "Which products are Blue?", "SELECT Name FROM SalesLT.Product WHERE Color = 'Blue'"));

    @Test
    void should_find_the_question_when_it_is_the_whole_user_message() {
        assertThat(book.answer(List.of("how many customers are there")))
                .contains("SELECT COUNT(*) FROM SalesLT.Customer");
    }

    @Test
    void should_take_the_question_line_and_not_the_few_shot_examples_when_the_prompt_has_both() {
        String prompt = "Schema:\nSalesLT.Product(Name, Color)\n\nExamples of questions answered on this database:\n"
                + "Q: Which products are Red?\nSQL: SELECT Name FROM SalesLT.Product WHERE Color = 'Red'\n\n"
                + "Question: Which products are Blue?\n";
        assertThat(book.answer(List.of(prompt))).contains("SELECT Name FROM SalesLT.Product WHERE Color = 'Blue'");
    }

    @Test
    void should_find_the_question_in_an_earlier_message_when_the_last_one_is_an_error_report() {
        assertThat(book.answer(List.of("Which products are Red?", "ERROR: Column \"Colour\" not found")))
                .contains("SELECT Name FROM SalesLT.Product WHERE Color = 'Red'");
    }

    @Test
    void should_find_a_question_inside_free_text_when_no_line_names_it() {
        assertThat(book.answer(List.of("Please answer this: which products are blue? Thanks.")))
                .contains("SELECT Name FROM SalesLT.Product WHERE Color = 'Blue'");
    }

    @Test
    void should_find_nothing_when_no_known_question_is_asked() {
        assertThat(book.answer(List.of("Question: how many employees are there?"))).isEmpty();
    }

    @Test
    void should_refuse_two_gold_statements_for_one_question() {
        assertThatThrownBy(() -> new AnswerBook(Map.of("Count the customers", "SELECT 1", "count the customers?", "SELECT 2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two gold SQL statements");
    }
}
