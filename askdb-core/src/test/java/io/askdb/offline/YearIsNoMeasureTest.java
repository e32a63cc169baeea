package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A year column is when the rows happened, not an amount: "in total" never adds the years up. */
class YearIsNoMeasureTest {

    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createStaffing() throws Exception {
        String url = H2Databases.create(null,
                "CREATE TABLE faculty (campus INT, \"YEAR\" INT, faculty DECIMAL(8,1))",
                "INSERT INTO faculty VALUES (1, 2002, 300.5), (2, 2002, 120), (1, 2003, 310)");
        answerer = H2Readers.over(url);
    }

    @Test
    void should_never_add_up_a_year_column() {
        assertThat(answerer.candidates("How many faculty is there in total in the year of 2002?"))
                .allSatisfy(c -> assertThat(c.sql()).doesNotContainPattern("(?i)SUM\\((\\w+\\.)?YEAR\\)"));
    }
}
