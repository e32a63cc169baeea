package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.askdb.api.Deadline;
import io.askdb.api.ErrorCode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SqlExecutorDeadlineTest {

    @Test
    void should_not_start_a_statement_once_the_request_deadline_has_passed() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:executor_deadline");
        AtomicInteger statementsRun = new AtomicInteger();
        SqlExecutor executor = new SqlExecutor(() -> {
            statementsRun.incrementAndGet();
            return h2.getConnection();
        }, Duration.ofSeconds(30), 10);
        Deadline passed = Deadline.in(Duration.ofNanos(1));
        while (!passed.passed()) {
            Thread.onSpinWait();
        }

        SqlExecutionException e;
        try (Deadline.Scope ignored = Deadline.enter(passed)) {
            e = catchThrowableOfType(SqlExecutionException.class, () -> executor.execute("SELECT 1"));
        }

        assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TIMEOUT);
        assertThat(e.kind()).isEqualTo(SqlExecutionException.Kind.TIMEOUT);
        assertThat(e.getMessage()).contains("time limit");
        assertThat(executor.execute("SELECT 1").rows()).as("without a deadline it runs").hasSize(1);
    }
}
