package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlExtractorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        ```sql\\nSELECT COUNT(*) FROM t\\n```                                  | SELECT COUNT(*) FROM t
        Here is the query:\\n```sql\\nSELECT a FROM t;\\n```\\nIt counts.   | SELECT a FROM t
        ```\\nSELECT a FROM t\\n```                                          | SELECT a FROM t
        Sure! SELECT name FROM customer WHERE id = 1                        | SELECT name FROM customer WHERE id = 1
        with x as (select 1 as n) select n from x                           | with x as (select 1 as n) select n from x
        SELECT 'a;b' AS s FROM t                                            | SELECT 'a;b' AS s FROM t
        """)
    void should_take_the_sql_out_of_prose_and_fences(String answer, String expected) {
        var extracted = SqlExtractor.extract(answer.replace("\\n", "\n"));

        assertThat(extracted.sql()).contains(expected);
        assertThat(extracted.extraStatementsDropped()).isFalse();
    }

    @Test
    void should_keep_only_the_first_statement_and_say_others_were_dropped() {
        var extracted = SqlExtractor.extract("```sql\nSELECT a FROM t; DROP TABLE t;\n```");

        assertThat(extracted.sql()).contains("SELECT a FROM t");
        assertThat(extracted.extraStatementsDropped()).isTrue();
    }

    @Test
    void should_not_split_on_a_semicolon_inside_a_comment_line() {
        var extracted = SqlExtractor.extract("SELECT a -- pick a; b\nFROM t");

        assertThat(extracted.sql().orElseThrow()).contains("FROM t");
        assertThat(extracted.extraStatementsDropped()).isFalse();
    }

    @Test
    void should_recognise_a_clarifying_question() {
        var extracted = SqlExtractor.extract("CLARIFY: Do you mean revenue before or after tax?");

        assertThat(extracted.clarification()).contains("Do you mean revenue before or after tax?");
        assertThat(extracted.sql()).isEmpty();
    }

    @Test
    void should_find_nothing_in_an_answer_without_sql() {
        assertThat(SqlExtractor.extract("I cannot help with that.").sql()).isEmpty();
        assertThat(SqlExtractor.extract("").sql()).isEmpty();
        assertThat(SqlExtractor.extract(null).sql()).isEmpty();
    }
}
