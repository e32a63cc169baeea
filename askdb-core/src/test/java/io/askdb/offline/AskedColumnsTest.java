package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which columns a question asks for and which words only look like one: a plural after "of" that
 * names the rows ("the position of players"), a column after a compared number ("more than 30000 in
 * salary"), an aggregate's word inside a column's name ("max page size"), a number before a column
 * of the rows named ("wrestlers with fewer than 100 days held"); and a table's word listed with its
 * column ("the city and its GDP"), which asks for the column naming its rows; what follows "that
 * have" ("buildings that have faculty rooms") and a second column after "in the order of".
 * Small schemas in the shape of Spider's, whose names repeat the nouns of the questions.
 */
class AskedColumnsTest {

    private static String url;
    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createDatabase() throws Exception {
        url = H2Databases.create(null,
                "CREATE TABLE growing_region (region_no INT PRIMARY KEY, appellation VARCHAR(30), county VARCHAR(30),"
                        + " area VARCHAR(30))",
                "CREATE TABLE player (player_id INT PRIMARY KEY, player VARCHAR(30))",
                "CREATE TABLE match_season (season INT PRIMARY KEY, player VARCHAR(30), position VARCHAR(20),"
                        + " college VARCHAR(30))",
                "CREATE TABLE printer (printer_id INT PRIMARY KEY, name VARCHAR(30), max_page_size VARCHAR(10),"
                        + " pages_per_minute DOUBLE)",
                "CREATE TABLE wrestler (wrestler_id INT PRIMARY KEY, name VARCHAR(30), days_held VARCHAR(10))",
                "CREATE TABLE student (student_id INT PRIMARY KEY, name VARCHAR(30))",
                "CREATE TABLE has_allergy (student_id INT REFERENCES student(student_id), allergy VARCHAR(20))",
                "CREATE TABLE city (city_id INT PRIMARY KEY, city VARCHAR(30), gdp DOUBLE)",
                "CREATE TABLE employee (employee_no INT PRIMARY KEY, fname VARCHAR(30), lname VARCHAR(30), salary INT)",
                "INSERT INTO city VALUES (1, 'Lima', 300), (2, 'Quito', 120), (3, 'Cusco', 80)",
                "INSERT INTO employee VALUES (1, 'Ann', 'Lee', 25000), (2, 'Bo', 'Park', 41000)",
                "CREATE TABLE faculty (faculty_id INT PRIMARY KEY, fname VARCHAR(30), building VARCHAR(30), room VARCHAR(10))",
                "CREATE TABLE ship (ship_id INT PRIMARY KEY, name VARCHAR(30), built_year INT, class VARCHAR(10))",
                "INSERT INTO faculty VALUES (1, 'Ann', 'Barton', '101'), (2, 'Bo', 'Barton', '102'), (3, 'Cy', 'Krieger', '7')",
                "INSERT INTO ship VALUES (1, 'Zeta', 1990, 'KR'), (2, 'Alpha', 1990, 'GL'), (3, 'Mira', 1980, 'KR')",
                "INSERT INTO growing_region VALUES (1, 'Napa Valley', 'Napa', 'North Coast'),"
                        + " (2, 'Sonoma Coast', 'Sonoma', 'North Coast')",
                "INSERT INTO player VALUES (1, 'Ann Lee'), (2, 'Bo Park'), (3, 'Cy Diaz')",
                "INSERT INTO match_season VALUES (1, 'Ann Lee', 'Defender', 'UCLA'), (2, 'Bo Park', 'Defender', 'UCLA'),"
                        + " (3, 'Cy Diaz', 'Midfielder', 'Duke')",
                "INSERT INTO printer VALUES (1, 'P1', 'A4', 3), (2, 'P2', 'A3', 2), (3, 'P3', 'A4', 9)",
                "INSERT INTO wrestler VALUES (1, 'Rey', '150'), (2, 'Kid', '120'), (3, 'Rex', '300')",
                "INSERT INTO student VALUES (1, 'Ann'), (2, 'Bo')",
                "INSERT INTO has_allergy VALUES (1, 'Nuts'), (1, 'Milk'), (2, 'Eggs')");
        answerer = H2Readers.over(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            List the area and county of all appellations.                | SELECT area, county FROM growing_region
            What are the areas and counties for all appellations?       | SELECT area, county FROM growing_region
            What is the city with the smallest GDP? Return the city and its GDP. | SELECT city, gdp FROM city ORDER BY gdp LIMIT 1
            Return the first names and last names of employees who earn more than 30000 in salary. | SELECT fname, lname FROM employee WHERE salary > 30000
            Show all the distinct buildings that have faculty rooms.   | SELECT DISTINCT building FROM faculty
            Show the distinct position of players from college UCLA.    | SELECT DISTINCT position FROM match_season WHERE college = 'UCLA'
            What are the positions of the players from Duke?            | SELECT position FROM match_season WHERE college = 'Duke'
            Find printers with max page size "A4" and pages per minute smaller than 5. | SELECT name FROM printer WHERE max_page_size = 'A4' AND pages_per_minute < 5
            """)
    void should_show_the_columns_asked_for_and_no_other(String question, String expected) throws Exception {
        List<Candidate> candidates = answerer.candidates(question);

        assertThat(candidates).as("a reading of '%s'", question).isNotEmpty();
        assertThat(rows(candidates.get(0).sql())).as(candidates.get(0).sql()).containsExactlyInAnyOrderElementsOf(rows(expected));
    }

    @Test
    void should_compare_a_column_of_the_rows_named_rather_than_count_rows() {
        Candidate own = answerer.candidates("Return the names of wrestlers with fewer than 200 days held.").get(0);
        Candidate counted = answerer.candidates("Show the names of students with more than 1 allergies.").get(0);

        assertThat(own.sql()).containsIgnoringCase("days_held <").doesNotContainIgnoringCase("COUNT(");
        assertThat(counted.sql()).containsIgnoringCase("HAVING COUNT(");
    }

    @Test
    void should_sort_by_both_columns_named_after_the_order_word() throws Exception {
        Candidate c = answerer.candidates("List all ship names in the order of built year and class.").get(0);

        assertThat(rows(c.sql())).as(c.sql()).containsExactly(List.of("Mira"), List.of("Alpha"), List.of("Zeta"));
    }

    @Test
    void should_sort_by_the_column_after_by_when_a_range_of_superlatives_gives_the_direction() throws Exception {
        Candidate c = answerer.candidates("List all ship names by built year from the most recent to the oldest.").get(0);

        assertThat(c.sql()).doesNotContainIgnoringCase("LIMIT");
        assertThat(rows(c.sql())).as(c.sql()).hasSize(3).last().isEqualTo(List.of("Mira"));
    }

    private static List<List<String>> rows(String sql) throws Exception {
        return H2Readers.rows(url, sql);
    }
}
