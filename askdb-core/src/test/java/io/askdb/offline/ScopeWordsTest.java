package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "across all schools" says over which rows an aggregate runs, even where "school" names a column. */
class ScopeWordsTest {

    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createUniversities() throws Exception {
        String url = H2Databases.create(null,
                "CREATE TABLE university (school_id INT PRIMARY KEY, school VARCHAR(30), enrollment INT)",
                "INSERT INTO university VALUES (1, 'Delaware', 19067), (2, 'Lebanon Valley', 2100), (3, 'Rutgers', 56868)");
        answerer = H2Readers.over(url);
    }

    @Test
    void should_aggregate_over_the_rows_named_after_across_all() {
        assertThat(answerer.candidates("What is the maximum enrollment across all schools?").get(0).sql())
                .isEqualToIgnoringCase("SELECT MAX(ENROLLMENT) FROM PUBLIC.UNIVERSITY");
    }

    @Test
    void should_still_show_the_school_with_the_maximum_enrollment_when_asked_which() {
        assertThat(answerer.candidates("Which school has the maximum enrollment?").get(0).sql())
                .containsIgnoringCase("ORDER BY").containsIgnoringCase("SCHOOL");
    }
}
