package io.askdb.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.api.ErrorInfo;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorTableTest {

    @Test
    void should_hide_the_details_of_an_unexpected_exception() {
        ErrorInfo error = ErrorTable.errorOf(new IllegalStateException("password=hunter2 at row 7"));

        assertThat(error.code()).isEqualTo("INTERNAL");
        assertThat(error.message()).doesNotContain("hunter2").contains("IllegalStateException");
        assertThat(ErrorTable.status(error.code())).isEqualTo(500);
        assertThat(ErrorTable.expected(new IllegalStateException())).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"INVALID_QUESTION, 400", "DATABASE_UNAVAILABLE, 503", "LLM_UNAVAILABLE, 503", "QUERY_TIMEOUT, 504",
        "NO_ANSWER, 200", "SQL_FAILED, 200", "CLARIFICATION_NEEDED, 200", "INTERNAL, 500"})
    void should_map_pipeline_errors_by_whose_fault_they_are(ErrorCode code, int status) {
        ErrorInfo error = ErrorTable.errorOf(new AskDbException(code, false, "message"));

        assertThat(error.code()).isEqualTo(code.name());
        assertThat(ErrorTable.status(error.code())).isEqualTo(status);
    }

    @Test
    void should_have_a_status_for_every_pipeline_error_code() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::name)).allMatch(ErrorTable.STATUS::containsKey);
    }

    @Test
    void should_keep_the_framework_status_of_its_own_exceptions() {
        ErrorInfo error = ErrorTable.errorOf(new NotFoundResponse("no such page"));

        assertThat(error.code()).isEqualTo("NOT_FOUND");
        assertThat(ErrorTable.status(error.code())).isEqualTo(404);
    }
}
