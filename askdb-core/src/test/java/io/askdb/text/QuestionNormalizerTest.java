package io.askdb.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionNormalizerTest {

    private final QuestionNormalizer normalizer = new QuestionNormalizer();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            How many customers are there?               | how many customers are there
            how   many CUSTOMERS are there ?!           | how many customers are there
            Show me the products                        | show products
            show me all products.                       | show products
            List all customers                          | list customers
            Get all orders                              | get orders
            Give me the orders                          | show orders
            Please show me the customers                | show customers
            Can you please list all customers?          | list customers
            Could you tell me how many orders there are | how many orders there are
            Top five products by price                  | top 5 products by price
            top 5 products by price                     | top 5 products by price
            the twenty-five most expensive products     | 25 most expensive products
            orders over one hundred and five dollars    | orders over 105 dollars
            customers with two thousand orders          | customers with 2000 orders
            one two three                               | 1 2 3
            customers in France                         | customers in france
            products named 'Road Bike'                  | products named 'Road Bike'
            products named "Road Bike"                  | products named 'Road Bike'
            products in category A                      | products in category a
            products in category a                      | products in category a
            show me a list of the customers             | show list of customers
            orders on 2008-06-01                        | orders on 2008-06-01
            orders over $1,000                          | orders over $ 1,000
            price>100                                   | price > 100
            customers in France,Spain                   | customers in france , spain
            customer's orders                           | customer's orders
            the orders                                  | orders
            """)
    void should_normalize_as_the_table_says(String question, String expected) {
        assertThat(normalizer.normalize(question)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" and \"{1}\" keep apart")
    @CsvSource(delimiter = '|', textBlock = """
            customers in France          | customers in Spain
            top 5 products               | top 10 products
            top five products            | top ten products
            orders in 2007               | orders in 2008
            products named 'Bike'        | products named 'bike'
            products in category A       | products in category
            price over 100               | price under 100
            orders on 2008-06-01         | orders on 2008-06-02
            products over 1.5 kg         | products over 15 kg
            """)
    void should_never_normalize_away_a_value_when_questions_differ_in_one(String one, String other) {
        assertThat(normalizer.normalize(one)).isNotEqualTo(normalizer.normalize(other));
    }
}
