package io.askdb.cache.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueWordsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" / {1} / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            contacts at city sport shop      | SELECT * FROM c WHERE company = 'City Sport Shop' | contacts at local sport shop
            products in category road bikes  | SELECT * FROM p WHERE category = 'Road Bikes'      | products in category bikes
            customers named o'brien           | SELECT * FROM c WHERE name = 'O''Brien'             | customers named brien
            """)
    void should_refuse_when_the_asked_question_leaves_out_a_word_of_a_stored_value(String stored, String sql,
            String asked) {
        assertThat(ValueWords.kept(stored, sql, asked)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" / {1} / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            customers in France              | SELECT * FROM c WHERE country = 'France'           | clients located in france
            contacts at city sport shop      | SELECT * FROM c WHERE company = 'City Sport Shop' | who works for City Sport Shop
            customers in the US              | SELECT * FROM c WHERE country = 'United States'    | clients in the US
            how many customers are there     | SELECT COUNT(*) FROM c                              | number of customers
            products with bike in the name   | SELECT * FROM p WHERE name LIKE '%Bike%'           | products named like bikes
            """)
    void should_accept_when_the_asked_question_keeps_the_stored_values_words(String stored, String sql,
            String asked) {
        assertThat(ValueWords.kept(stored, sql, asked)).isTrue();
    }
}
