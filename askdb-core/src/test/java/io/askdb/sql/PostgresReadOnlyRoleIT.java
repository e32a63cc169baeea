package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.api.ErrorCode;
import io.askdb.testing.ExternalServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Defence in depth: with the read-only role of docs/read-only-user.md, a write that got past the
 * guard is refused by PostgreSQL itself, even on a connection that is not marked read-only.
 */
class PostgresReadOnlyRoleIT {

    private static final String ADMIN_URL = ExternalServices.POSTGRES_URL;

    @BeforeAll
    static void createRoleAndTable() throws SQLException {
        ExternalServices.requirePostgres();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS askdb_ro_it");
            s.execute("CREATE TABLE IF NOT EXISTS askdb_ro_it.account (id int PRIMARY KEY, owner text)");
            s.execute("INSERT INTO askdb_ro_it.account VALUES (1, 'ana') ON CONFLICT DO NOTHING");
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'askdb_ro_it_reader') THEN "
                    + "CREATE ROLE askdb_ro_it_reader LOGIN NOSUPERUSER; END IF; END $$");
            s.execute("ALTER ROLE askdb_ro_it_reader SET default_transaction_read_only = on");
            s.execute("GRANT USAGE ON SCHEMA askdb_ro_it TO askdb_ro_it_reader");
            s.execute("GRANT SELECT ON askdb_ro_it.account TO askdb_ro_it_reader");
        }
    }

    private static Connection reader() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL, "askdb_ro_it_reader", "");
    }

    @Test
    void should_let_the_reader_read() throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(ADMIN_URL);
        ds.setUser("askdb_ro_it_reader");
        QueryResult result = new SqlExecutor(ds, Duration.ofSeconds(5), 10)
                .execute("SELECT owner FROM askdb_ro_it.account WHERE id = 1");

        assertThat(result.rows()).containsExactly(java.util.List.of("ana"));
    }

    @Test
    void should_refuse_a_write_that_slipped_past_the_guard_even_on_a_writable_connection() throws SQLException {
        try (Connection c = reader(); Statement s = c.createStatement()) {
            assertThat(c.isReadOnly()).isFalse();
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM askdb_ro_it.account"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("25006", "42501"));
            // Even after switching the session's read-only default off, the role has no INSERT grant.
            s.execute("SET default_transaction_read_only = off");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO askdb_ro_it.account VALUES (2, 'eve')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM askdb_ro_it.account")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void should_report_a_refused_write_through_the_executor_as_a_statement_error() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(ADMIN_URL);
        ds.setUser("askdb_ro_it_reader");
        SqlExecutor executor = new SqlExecutor(ds, Duration.ofSeconds(5), 10);

        assertThatThrownBy(() -> executor.execute("WITH gone AS (DELETE FROM askdb_ro_it.account RETURNING id) "
                        + "SELECT count(*) FROM gone"))
                .isInstanceOf(SqlExecutionException.class)
                .satisfies(e -> assertThat(((SqlExecutionException) e).code()).isEqualTo(ErrorCode.SQL_FAILED))
                .hasMessageContaining("read-only");
    }
}
