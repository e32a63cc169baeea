package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.H2Databases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "account information", "investor information": where the table has a column of details named
 * after it (account_details), the phrase asks for that column, not for the table's rows.
 */
class InformationForDetailsTest {

    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createLedger() throws Exception {
        String url = H2Databases.create(null,
                "CREATE TABLE accounts (account_id INT PRIMARY KEY, account_details VARCHAR(30))",
                "CREATE TABLE investors (investor_id INT PRIMARY KEY, investor_details VARCHAR(30))",
                "INSERT INTO accounts VALUES (1, 'savings'), (2, 'current')",
                "INSERT INTO investors VALUES (1, 'pension fund'), (2, 'bank')");
        answerer = H2Readers.over(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Show all account ids and account information.   | SELECT ACCOUNT_ID, ACCOUNT_DETAILS FROM PUBLIC.ACCOUNTS
            Show all investor information.                  | SELECT INVESTOR_DETAILS FROM PUBLIC.INVESTORS
            """)
    void should_read_information_as_the_tables_details_column(String question, String sql) {
        assertThat(answerer.candidates(question).get(0).sql()).isEqualToIgnoringCase(sql);
    }
}
