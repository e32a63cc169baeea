package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "rooms with king or queen bed": a word stored in several columns under different spellings
 * ('Queen' as a bed type, 'QUEEN' as a guest's first name) is compared with the column it was
 * placed in, spelled as that column holds it.
 */
class SpellingOfChosenColumnTest {

    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createInn() throws Exception {
        String url = H2Databases.create(null,
                "CREATE TABLE rooms (room_id INT PRIMARY KEY, room_name VARCHAR(30), bed_type VARCHAR(30))",
                "CREATE TABLE reservations (code INT PRIMARY KEY, room_id INT REFERENCES rooms(room_id),"
                        + " first_name VARCHAR(30), last_name VARCHAR(30))",
                "INSERT INTO rooms VALUES (1, 'Sea View', 'King'), (2, 'Garden', 'Queen'), (3, 'Attic', 'Double')",
                "INSERT INTO reservations VALUES (1, 1, 'QUEEN', 'BEE'), (2, 2, 'ANN', 'KING'), (3, 3, 'BO', 'LEE')");
        answerer = H2Readers.over(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            List the name of rooms with king or queen bed.          | ('King', 'Queen')
            List the name of rooms with queen or king bed.          | ('Queen', 'King')
            """)
    void should_spell_a_value_as_the_column_it_is_compared_with(String question, String values) {
        assertThat(answerer.candidates(question).get(0).sql()).contains(values);
    }
}
