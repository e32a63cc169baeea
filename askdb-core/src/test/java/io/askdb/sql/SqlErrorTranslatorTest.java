package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.ErrorCode;
import io.askdb.sql.SqlExecutionException.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQLState table: each driver error gets the kind self-correction reads, and the words it always had. */
class SqlErrorTranslatorTest {

    @ParameterizedTest(name = "[{index}] SQLState {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            08001 | CONNECTION     | DATABASE_UNAVAILABLE | true  | the database connection failed
            57014 | TIMEOUT        | QUERY_TIMEOUT        | true  | the query was cancelled (statement timeout)
            53200 | RESOURCES      | DATABASE_UNAVAILABLE | true  | the database is out of resources
            42000 | SYNTAX         | SQL_FAILED           | false | the database refused the statement
            42601 | SYNTAX         | SQL_FAILED           | false | the database refused the statement
            42S02 | UNKNOWN_OBJECT | SQL_FAILED           | false | the database refused the statement
            42703 | UNKNOWN_OBJECT | SQL_FAILED           | false | the database refused the statement
            42883 | UNKNOWN_OBJECT | SQL_FAILED           | false | the database refused the statement
            90022 | UNKNOWN_OBJECT | SQL_FAILED           | false | the statement failed
            42501 | STATEMENT      | SQL_FAILED           | false | the database refused the statement
            22012 | DATA           | SQL_FAILED           | false | the statement failed on the data
            XX000 | OTHER          | SQL_FAILED           | false | the statement failed
            """)
    void should_read_the_kind_from_the_sql_state(String state, Kind kind, ErrorCode code, boolean retryable,
            String words) {
        SqlExecutionException e = SqlErrorTranslator.translate(new SQLException("boom", state), "SELECT 1");

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.retryable()).isEqualTo(retryable);
        assertThat(e.getMessage()).isEqualTo(words + ": boom [SQLState " + state + "]");
    }

    @ParameterizedTest(name = "[{index}] H2: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELEC 1                          | SYNTAX
            SELECT nope FROM t               | UNKNOWN_OBJECT
            SELECT * FROM nowhere            | UNKNOWN_OBJECT
            SELECT no_such_function(1)       | UNKNOWN_OBJECT
            SELECT 1 / 0                     | DATA
            """)
    void should_classify_real_h2_errors(String sql, Kind kind) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:translator;MODE=MSSQLServer")) {
            assertThat(translated(c, "CREATE TABLE IF NOT EXISTS t (id INT)", sql).kind()).isEqualTo(kind);
        }
    }

    @ParameterizedTest(name = "[{index}] SQLite: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELEC 1                          | SYNTAX
            SELECT nope FROM t               | UNKNOWN_OBJECT
            SELECT * FROM nowhere            | UNKNOWN_OBJECT
            SELECT no_such_function(1)       | UNKNOWN_OBJECT
            """)
    void should_classify_real_sqlite_errors_which_have_no_sql_state(String sql, Kind kind) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            SqlExecutionException e = translated(c, "CREATE TABLE t (id INT)", sql);
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).startsWith("the statement failed: ");
        }
    }

    @org.junit.jupiter.api.Test
    void should_treat_a_driver_timeout_as_a_timeout_whatever_its_state() {
        SqlExecutionException e = SqlErrorTranslator.translate(new SQLTimeoutException("slow", "S1000"), "SELECT 1");

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TIMEOUT);
    }

    private static SqlExecutionException translated(Connection c, String setup, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(setup);
            s.executeQuery(sql).close();
        } catch (SQLException e) {
            return SqlErrorTranslator.translate(e, sql);
        }
        throw new AssertionError("expected " + sql + " to fail");
    }
}
