package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectTest {

    @ParameterizedTest(name = "{0}, distinct {1}, {2} rows")
    @CsvSource(delimiter = '|', value = {
        "SQLSERVER  | false | 3 | SELECT TOP 3 * FROM t",
        "SQLSERVER  | true  | 3 | SELECT DISTINCT TOP 3 * FROM t",
        "H2_MSSQL   | false | 3 | SELECT TOP 3 * FROM t",
        "H2_MSSQL   | true  | 3 | SELECT DISTINCT * FROM t FETCH FIRST 3 ROWS ONLY",
        "POSTGRESQL | false | 3 | SELECT * FROM t LIMIT 3",
        "MYSQL      | true  | 3 | SELECT DISTINCT * FROM t LIMIT 3",
        "SQLITE     | false | 3 | SELECT * FROM t LIMIT 3",
        "H2         | false | 3 | SELECT * FROM t LIMIT 3",
        "ANSI       | false | 3 | SELECT * FROM t FETCH FIRST 3 ROWS ONLY",
        "SQLSERVER  | true  | 0 | SELECT DISTINCT * FROM t",
        "POSTGRESQL | false | 0 | SELECT * FROM t",
    })
    void should_spell_the_row_cap_of_a_query_written_as_text(Dialect dialect, boolean distinct, int rows,
            String expected) {
        String sql = "SELECT " + dialect.selectWords(distinct, rows) + "* FROM t" + dialect.capAtEnd(distinct, rows);

        assertThat(sql).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, distinct {1}")
    @CsvSource({"H2_MSSQL, false, TOP", "H2_MSSQL, true, FETCH_FIRST", "SQLSERVER, true, TOP", "SQLITE, true, LIMIT",
        "ANSI, false, FETCH_FIRST"})
    void should_choose_the_row_cap_the_database_accepts(Dialect dialect, boolean distinct, Dialect.RowCap expected) {
        assertThat(dialect.rowCap(distinct)).isEqualTo(expected);
    }
}
