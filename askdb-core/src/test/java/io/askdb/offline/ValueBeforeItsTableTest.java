package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the history department", "the democratic party": WordNet knows such compounds as a kind of what
 * their last word names, yet written in lowercase the first word is a value of that table and must
 * filter it. A compound whose first word is no value of that table ("music genres") stays one phrase.
 */
class ValueBeforeItsTableTest {

    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createCollege() throws Exception {
        String url = H2Databases.create(null,
                "CREATE TABLE department (dept_id INT PRIMARY KEY, dept_name VARCHAR(30), dept_address VARCHAR(30))",
                "CREATE TABLE party (party_id INT PRIMARY KEY, party VARCHAR(30), comptroller VARCHAR(30))",
                "CREATE TABLE genre (genre_id INT PRIMARY KEY, name VARCHAR(30))",
                "CREATE TABLE playlist (playlist_id INT PRIMARY KEY, name VARCHAR(30))",
                "INSERT INTO department VALUES (1, 'History', 'Hall 1'), (2, 'Biology', 'Hall 2')",
                "INSERT INTO party VALUES (1, 'Democratic', 'Ann Lee'), (2, 'Liberal', 'Bo Kay')",
                "INSERT INTO genre VALUES (1, 'Rock'), (2, 'Jazz')",
                "INSERT INTO playlist VALUES (1, 'Music'), (2, 'Movies')");
        answerer = H2Readers.over(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what is the address of history department?                  | WHERE DEPT_NAME = 'History'
            Who is the comptroller from the democratic party?            | WHERE PARTY = 'Democratic'
            """)
    void should_filter_by_a_lowercase_value_written_before_its_table(String question, String where) {
        assertThat(answerer.candidates(question).get(0).sql()).containsIgnoringCase(where);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            List the names of all music genres.                          | SELECT NAME FROM PUBLIC.GENRE
            """)
    void should_keep_a_compound_whose_first_word_is_no_value_of_its_table(String question, String sql) {
        assertThat(answerer.candidates(question).get(0).sql()).isEqualToIgnoringCase(sql);
    }
}
