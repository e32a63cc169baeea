package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionAnalyzerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    /** Cues rendered as KIND(detail/hint), in question order. */
    private List<String> cues(String question) {
        return analyzer.analyze(question).cues().stream()
                .map(c -> c.kind() + "(" + c.detail() + (c.hint().isEmpty() ? "" : "/" + c.hint()) + ")")
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How many singers are older than 30? | COUNT(COUNT) COMPARE(>/old)",
        "What is the average, minimum and maximum age? | AGGREGATE(AVG) AGGREGATE(MIN) AGGREGATE(MAX)",
        "Find the total number of employees | COUNT(COUNT)",
        "What is the total budget? | AGGREGATE(SUM)",
        "List the names in descending order of age | ORDER(DESC)",
        "Sort the names alphabetically | ORDER(ASC) DIRECTION(ASC)",
        "Which employee has the highest salary? | SUPERLATIVE(DESC/high)",
        "Who is the youngest? | SUPERLATIVE(ASC/young)",
        "the most expensive product | SUPERLATIVE(DESC/expensive)",
        "the most recently built ship | SUPERLATIVE(DESC/recent)",
        "Show the top 5 products | TOP(DESC)",
        "How many students are in each department? | COUNT(COUNT) GROUP()",
        "List the different cities | DISTINCT()",
        "customers who never ordered | NEGATION()",
        "products with price between 10 and 20 | COMPARE(BETWEEN)",
        "orders with at least 3 items | COMPARE(>=)",
        "players born before 1990 | COMPARE(<)",
        "names that are not 'Bob' | COMPARE(!=)",
        "names containing 'son' | COMPARE(LIKE)",
        "cinemas opened in 2010 or later | COMPARE(>=)",
        "List the first name of all students | ",
        "event names by year from the most recent to the oldest | DIRECTION(DESC)",
        "prices from the cheapest to the most expensive | DIRECTION(ASC)",
        "salaries from least to greatest | DIRECTION(ASC)",
    })
    void should_find_cues_when_question_has_them(String question, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.trim().split(" "));
        assertThat(cues(question)).isEqualTo(wanted);
    }

    @Test
    void should_read_numbers_quoted_values_and_years_when_tokenizing() {
        Question q = analyzer.analyze("Show stadiums with capacity above 1,000 in \"New York\" built in 2008 or elevation -50, top twenty");
        assertThat(q.numbers()).extracting(Token::number).containsExactly(1000.0, 2008.0, -50.0, 20.0);
        assertThat(q.numbers()).filteredOn(Token::isYear).extracting(Token::text).containsExactly("2008");
        assertThat(q.quoted()).extracting(Token::text).containsExactly("New York");
    }

    @Test
    void should_keep_apostrophes_inside_words_and_split_possessives() {
        Question q = analyzer.analyze("What is the company's market value of O'Brien's shop?");
        assertThat(q.tokens()).extracting(Token::lower)
                .containsExactly("what", "is", "the", "company", "market", "value", "of", "o'brien", "shop");
        assertThat(q.quoted()).isEmpty();
    }

    @Test
    void should_not_read_first_name_as_a_row_cap() {
        assertThat(cues("List the first name and the first 3 cities")).containsExactly("TOP(DESC)");
    }
}
