package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables with two foreign keys to the same table: a review written by one employee and approved by
 * another, and a follows table whose two columns both hold people's names. The question's words say
 * which key a negation or a value means; when they do not, the reading counts the choice as a guess.
 */
class PairedKeysTest {

    private static String url;
    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createDatabase() throws Exception {
        url = H2Databases.create("PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "CREATE TABLE employee (employee_id INT PRIMARY KEY, employee_name VARCHAR(50) NOT NULL)",
                "CREATE TABLE review (review_id INT PRIMARY KEY,"
                        + " written_by_employee_id INT REFERENCES employee(employee_id),"
                        + " approved_by_employee_id INT REFERENCES employee(employee_id))",
                "CREATE TABLE person (name VARCHAR(20) PRIMARY KEY, city VARCHAR(30))",
                "CREATE TABLE follows (name VARCHAR(20) REFERENCES person(name),"
                        + " follower VARCHAR(20) REFERENCES person(name), since INT)",
                "INSERT INTO employee VALUES (1, 'Ines'), (2, 'Omar'), (3, 'Pia')",
                "INSERT INTO review VALUES (10, 1, 2), (11, 1, 3)",
                "INSERT INTO person VALUES ('Ann', 'Oslo'), ('Ben', 'Rome'), ('Cy', 'Lima'), ('Dee', 'Oslo')",
                "INSERT INTO follows VALUES ('Ann', 'Ben', 2019), ('Ann', 'Cy', 2021), ('Ben', 'Ann', 2020),"
                        + " ('Cy', 'Dee', 2018)");
        answerer = H2Readers.over(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which employees have not written any review?  | SELECT employee_name FROM employee WHERE employee_id NOT IN (SELECT written_by_employee_id FROM review)
            Which employees have not approved any review? | SELECT employee_name FROM employee WHERE employee_id NOT IN (SELECT approved_by_employee_id FROM review)
            Who are the followers of Ann?                 | SELECT follower FROM follows WHERE name = 'Ann'
            Who are Ann's followers?                      | SELECT follower FROM follows WHERE name = 'Ann'
            How many followers does Ben have?             | SELECT COUNT(*) FROM follows WHERE name = 'Ben'
            Which people do not have followers?           | SELECT name FROM person WHERE name NOT IN (SELECT name FROM follows)
            """)
    void should_read_the_key_the_words_name(String question, String expected) throws Exception {
        List<Candidate> candidates = answerer.candidates(question);

        assertThat(candidates).as("a reading of '%s'", question).isNotEmpty();
        assertThat(rows(candidates.get(0).sql())).as(candidates.get(0).sql()).containsExactlyInAnyOrderElementsOf(rows(expected));
    }

    @Test
    void should_count_a_key_no_word_names_as_a_guess() {
        Features undecided = answerer.read("Which employees have no reviews?").orElseThrow().features();
        Features decided = answerer.read("Which employees have not written any review?").orElseThrow().features();

        assertThat(undecided.absence()).isEqualTo(2);
        assertThat(undecided.ambiguous()).isGreaterThan(decided.ambiguous());
    }

    @Test
    void should_count_a_value_either_paired_column_could_hold_as_a_guess() {
        Features undecided = answerer.read("Which people are followers with Ann?").orElseThrow().features();
        Features decided = answerer.read("Who are the followers of Ann?").orElseThrow().features();

        assertThat(undecided.ambiguous()).isGreaterThan(decided.ambiguous());
    }

    @Test
    void should_not_place_the_value_by_one_phrase_when_the_pair_is_chained() {
        Features chained = answerer.read("Who are Ann's followers of followers?").orElseThrow().features();
        Features decided = answerer.read("Who are Ann's followers?").orElseThrow().features();

        assertThat(chained.ambiguous()).isGreaterThan(decided.ambiguous());
    }

    private static List<List<String>> rows(String sql) throws Exception {
        return H2Readers.rows(url, sql);
    }
}
