package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "the average age for male and female students" asks for each value, not for both pooled. */
class BreakdownByValuesTest {

    private static String url;
    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createSchool() throws Exception {
        url = H2Databases.create(null,
                "CREATE TABLE student (stu_id INT PRIMARY KEY, name VARCHAR(30), sex VARCHAR(1), age INT)",
                "INSERT INTO student VALUES (1, 'Ann', 'F', 20), (2, 'Bo', 'M', 24), (3, 'Cy', 'M', 22), (4, 'Di', 'X', 40)");
        answerer = H2Readers.over(url);
    }

    @Test
    void should_break_an_aggregate_down_by_the_values_it_is_asked_for() throws Exception {
        String sql = answerer.candidates("Show the average age for male and female students.").get(0).sql();

        assertThat(sql).containsIgnoringCase("GROUP BY");
        assertThat(rows(sql)).containsExactlyInAnyOrder(List.of("20", "F"), List.of("23", "M"));
    }

    @Test
    void should_pool_the_values_when_they_are_not_asked_for_each() throws Exception {
        String sql = answerer.candidates("What is the average age of students who are male or female?").get(0).sql();

        assertThat(sql).doesNotContainIgnoringCase("GROUP BY");
    }

    /** Each row's values, numbers rounded to whole ones, in sorted order: the columns may come in either order. */
    private static List<List<String>> rows(String sql) throws Exception {
        return H2Readers.rows(url, sql).stream()
                .map(row -> row.stream().map(BreakdownByValuesTest::whole).sorted().toList()).toList();
    }

    private static String whole(String value) {
        try {
            return String.valueOf(Math.round(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
