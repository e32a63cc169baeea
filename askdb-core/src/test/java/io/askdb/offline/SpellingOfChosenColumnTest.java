package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "rooms with king or queen bed": a word stored in several columns under different spellings
 * ('Queen' as a bed type, 'QUEEN' as a guest's first name) is compared with the column it was
 * placed in, spelled as that column holds it, whether a column word beside it kept that column
 * ("queen bed") or the reader chose it among the columns holding the word ("airports in Argentina").
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
                "INSERT INTO reservations VALUES (1, 1, 'QUEEN', 'BEE'), (2, 2, 'ANN', 'KING'), (3, 3, 'BO', 'LEE')",
                "CREATE TABLE airlines (airline_id INT PRIMARY KEY, name VARCHAR(30), callsign VARCHAR(30))",
                "CREATE TABLE airports (airport_id INT PRIMARY KEY, name VARCHAR(30), country VARCHAR(30))",
                "INSERT INTO airlines VALUES (1, 'Aerolineas', 'ARGENTINA'), (2, 'Cubana', 'CUBANA')",
                "INSERT INTO airports VALUES (1, 'Ezeiza', 'Argentina'), (2, 'Havana', 'Cuba'), (3, 'Lima', 'Peru')");
        answerer = H2Readers.over(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            List the name of rooms with king or queen bed.          | ('King', 'Queen')
            List the name of rooms with queen or king bed.          | ('Queen', 'King')
            What are the names of all airports in Cuba or Argentina? | ('Cuba', 'Argentina')
            """)
    void should_spell_a_value_as_the_column_it_is_compared_with(String question, String values) {
        assertThat(answerer.candidates(question).get(0).sql()).contains(values);
    }
}
