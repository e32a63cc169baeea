package io.askdb.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpsTest {

    private final FollowUps followUps = new FollowUps();

    @ParameterizedTest(name = "{1} after \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            how many orders were placed in 2008?   | and in 2007?                 | how many orders were placed in 2007?
            how many orders were placed?           | what about 2006              | how many orders were placed in 2006?
            how many products are there?           | only the red ones            | how many red products are there?
            list the products                      | just the black ones          | list the black products?
            list the customers                     | only those in France         | list the customers in France?
            list the customers in Spain            | and in France?               | list the customers in France?
            list products by list price            | show the top 5 of those      | list the top 5 products by list price?
            list the products                      | bottom 3                     | list the bottom 3 products?
            how many products are there?           | break it down by category    | how many products are there by category?
            total sales by year                    | per region                   | total sales by region?
            list the customers                     | sort them by last name       | list the customers sorted by last name?
            how many products are there?           | what about customers?        | how many customers are there?
            how many products are there?           | and orders?                  | how many orders are there?
            """)
    void should_read_a_common_follow_up_in_full(String previous, String followUp, String expected) {
        assertThat(followUps.resolve(followUp, previous)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            how many customers are there?   | which products are the most expensive?
            how many customers are there?   | list all product categories
            """)
    void should_leave_a_question_that_stands_on_its_own(String previous, String question) {
        assertThat(followUps.resolve(question, previous)).isEmpty();
        assertThat(followUps.refersBack(question)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            and which of those were shipped late?
            how does that compare with last year
            """)
    void should_tell_a_follow_up_it_cannot_read_from_a_new_question(String question) {
        assertThat(followUps.resolve(question, "list orders placed in 2008")).isEmpty();
        assertThat(followUps.refersBack(question)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            list the customers in Spain | and in France? | France
            """)
    void should_keep_the_case_of_literal_values(String previous, String followUp, String literal) {
        assertThat(followUps.resolve(followUp, previous)).hasValueSatisfying(q -> assertThat(q).contains(literal));
    }
}
