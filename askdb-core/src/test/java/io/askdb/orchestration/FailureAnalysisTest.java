package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.sql.SqlExecutionException;
import io.askdb.sql.SqlRejectedException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The failure analysis names each failed attempt by its exception's type, whatever its message says. */
class FailureAnalysisTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(rejected(SqlRejectedException.Reason.UNKNOWN_COLUMN), "unknown name"),
                Arguments.of(rejected(SqlRejectedException.Reason.UNKNOWN_TABLE), "unknown name"),
                Arguments.of(rejected(SqlRejectedException.Reason.DENIED_COLUMN), "denied column"),
                Arguments.of(rejected(SqlRejectedException.Reason.PARSE_ERROR), "syntax error"),
                Arguments.of(rejected(SqlRejectedException.Reason.NOT_READ_ONLY), "not a single read-only query"),
                Arguments.of(rejected(SqlRejectedException.Reason.MULTIPLE_STATEMENTS), "not a single read-only query"),
                Arguments.of(rejected(SqlRejectedException.Reason.FORBIDDEN_FUNCTION), "refused by the guard"),
                Arguments.of(executed(SqlExecutionException.Kind.UNKNOWN_OBJECT), "unknown name"),
                Arguments.of(executed(SqlExecutionException.Kind.SYNTAX), "syntax error"),
                Arguments.of(executed(SqlExecutionException.Kind.DATA), "database error"),
                Arguments.of(executed(SqlExecutionException.Kind.TIMEOUT), "database error"),
                Arguments.of(Orchestrator.noSql(), "no SQL in the answer"),
                Arguments.of(new AskDbException(ErrorCode.DATABASE_UNAVAILABLE, true, "not found"), "database error"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("failures")
    void should_name_a_failure_by_its_type(AskDbException failure, String words) {
        assertThat(Orchestrator.kind(failure)).isEqualTo(words);
    }

    /** A message that would mislead a reader of words: the type decides. */
    private static SqlRejectedException rejected(SqlRejectedException.Reason reason) {
        return new SqlRejectedException(reason, "a syntax error, not found, denied");
    }

    private static SqlExecutionException executed(SqlExecutionException.Kind kind) {
        return new SqlExecutionException(ErrorCode.SQL_FAILED, false, kind, "42000", "unknown column, syntax", null);
    }
}
