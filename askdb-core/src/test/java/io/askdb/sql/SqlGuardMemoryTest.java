package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlGuardMemoryTest {

    @Test
    void should_remember_a_bounded_number_of_statements_when_every_statement_is_new() {
        SqlGuard guard = GuardFixture.guard(Dialect.POSTGRESQL);
        for (int n = 0; n < 3_000; n++) {
            guard.check("SELECT COUNT(*) FROM SalesLT.Product WHERE ListPrice > " + n);
        }

        assertThat(guard.remembered()).isLessThanOrEqualTo(SqlGuard.REMEMBERED);
        assertThat(SqlGuard.REMEMBERED).isLessThanOrEqualTo(1_000);
    }
}
