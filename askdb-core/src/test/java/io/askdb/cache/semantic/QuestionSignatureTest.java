package io.askdb.cache.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionSignatureTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" ~ \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            customers in France                   | clients located in France
            customers in France                   | customers from France
            how many customers are there          | what is the number of customers
            how many customers are there in total | total number of customers
            show all products                     | list every product
            list customer names                   | show the names of all customers
            number of orders per customer         | how many orders does each customer have
            top 5 products by price               | top five products by price
            products with no orders               | products that were never ordered
            """)
    void should_accept_paraphrases_with_the_same_values(String one, String other) {
        QuestionSignature a = QuestionSignature.of(one, ShopSchema.TERMS);
        QuestionSignature b = QuestionSignature.of(other, ShopSchema.TERMS);
        assertThat(a.compatibleWith(b)).as("%s vs %s", a, b).isTrue();
        assertThat(b.compatibleWith(a)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" !~ \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            customers in France                  | customers in Spain
            customers in france                  | customers in spain
            top 5 products by price              | top 10 products by price
            orders placed in 2007                | orders placed in 2008
            products with price over 100         | products with price under 100
            customers with more than 5 orders    | customers with at least 5 orders
            customers who ordered last year      | customers who ordered this year
            sales per month                      | sales per year
            orders in march                      | orders in april
            customers in France or Spain         | customers in France and Spain
            customers without orders             | customers with orders
            orders with status shipped           | orders with status pending
            products in category road bikes      | products in category mountain bikes
            how many orders did John place       | how many orders did Mary place
            products named 'Bike'                | products named 'bike'
            list customer names                  | list customer emails
            list customer names                  | list customers
            how many orders                      | how many late orders
            total sales                          | total sales online
            most expensive products              | cheapest products
            average price of products            | total price of products
            orders from the first quarter        | orders from the second quarter
            customers with ID 42                 | customers with ID 43
            orders on 2008-06-01                 | orders on 2008-06-02
            orders over $1,000                   | orders over $1,500
            """)
    void should_reject_questions_that_differ_in_a_value_or_operator(String one, String other) {
        QuestionSignature a = QuestionSignature.of(one, ShopSchema.TERMS);
        QuestionSignature b = QuestionSignature.of(other, ShopSchema.TERMS);
        assertThat(a.compatibleWith(b)).as("%s vs %s", a, b).isFalse();
        assertThat(b.compatibleWith(a)).as("symmetric").isFalse();
    }

    @Test
    void should_read_literals_numbers_and_operators_from_a_question() {
        QuestionSignature signature =
                QuestionSignature.of("Top five customers in 'New York' with more than 1,000 orders in March", ShopSchema.TERMS);

        assertThat(signature.literals())
                .containsExactlyInAnyOrder("value:5", "quoted:New York", "value:1000", "month:3");
        assertThat(signature.operators()).containsExactlyInAnyOrder("max", "gt");
        assertThat(signature.schemaTerms()).containsExactlyInAnyOrder("customer", "order");
        assertThat(signature.words()).isEmpty();
    }
}
