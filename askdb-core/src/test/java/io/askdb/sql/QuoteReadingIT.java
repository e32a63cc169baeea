package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.DatabaseSettings;
import io.askdb.sql.SqlRejectedException.Reason;
import io.askdb.testing.ExternalServices;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard reads {@code "…"} as each real database does, and the SQL it lets through runs there:
 * SQLite takes an unresolvable double-quoted token for a string, MariaDB always does unless its
 * sql_mode holds ANSI_QUOTES, PostgreSQL and H2 never do (an unknown name stays an error, with the
 * closest name as a hint).
 */
class QuoteReadingIT {

    private static final String CREATE = "CREATE TABLE i15_company (id INT PRIMARY KEY, name VARCHAR(40))";
    private static final String FILL = "INSERT INTO i15_company VALUES (1, 'Acme Ltd'), (2, 'Bolt''s')";

    @TempDir
    Path dir;

    @Test
    void should_read_an_unresolvable_double_quoted_token_as_a_string_on_sqlite() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("i15_quotes.db");
        fill(url, null, "DROP TABLE IF EXISTS i15_company");
        try (Database db = open(url, null)) {
            assertThat(db.snapshot().guard().quoteReading()).isEqualTo(QuoteReading.STRING_WHEN_UNRESOLVED);

            GuardedSql guarded = check(db, "SELECT id FROM i15_company WHERE name = \"Acme Ltd\"");
            assertThat(guarded.sql()).contains("name = 'Acme Ltd'").doesNotContain("\"");
            assertThat(run(db, guarded)).containsExactly(List.of(1));

            // A double-quoted name that resolves stays a name, as in SQLite.
            assertThat(run(db, check(db, "SELECT \"name\" FROM i15_company WHERE id = 1")))
                    .containsExactly(List.of("Acme Ltd"));
            // Quotes inside the text survive the change of quotes.
            assertThat(run(db, check(db, "SELECT id FROM i15_company WHERE name = \"Bolt's\"")))
                    .containsExactly(List.of(2));
            assertThatThrownBy(() -> check(db, "SELECT nme FROM i15_company"))
                    .isInstanceOfSatisfying(SqlRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_COLUMN))
                    .hasMessageContaining("name");
        }
    }

    @Test
    void should_read_double_quotes_as_strings_on_mariadb_by_default() throws SQLException {
        ExternalServices.requireMariaDb();
        fill(ExternalServices.MARIADB_URL, "root", "DROP TABLE IF EXISTS i15_company");
        try (Database db = open(ExternalServices.MARIADB_URL, "root")) {
            assertThat(db.snapshot().guard().quoteReading()).isEqualTo(QuoteReading.STRING);

            GuardedSql guarded = check(db, "SELECT id FROM i15_company WHERE name = \"Acme Ltd\"");
            assertThat(guarded.sql()).contains("name = 'Acme Ltd'");
            assertThat(run(db, guarded)).containsExactly(List.of(1));
            // Even a token that names a column is a string there: MariaDB returns the text itself.
            assertThat(run(db, check(db, "SELECT \"name\" FROM i15_company WHERE id = 1")))
                    .containsExactly(List.of("name"));
        }
    }

    @Test
    void should_read_double_quotes_as_names_on_mariadb_with_ansi_quotes() throws SQLException {
        ExternalServices.requireMariaDb();
        fill(ExternalServices.MARIADB_URL, "root", "DROP TABLE IF EXISTS i15_company");
        String ansi = ExternalServices.MARIADB_URL + "?sessionVariables=sql_mode=ANSI_QUOTES";
        try (Database db = open(ansi, "root")) {
            assertThat(db.snapshot().guard().quoteReading()).isEqualTo(QuoteReading.IDENTIFIER);

            assertThat(run(db, check(db, "SELECT \"name\" FROM i15_company WHERE id = 1")))
                    .containsExactly(List.of("Acme Ltd"));
            assertThatThrownBy(() -> check(db, "SELECT id FROM i15_company WHERE name = \"Acme Ltd\""))
                    .isInstanceOfSatisfying(SqlRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_COLUMN))
                    .hasMessageContaining("unknown column 'Acme Ltd'");
        }
    }

    @Test
    void should_keep_an_unknown_double_quoted_name_an_error_on_postgresql() throws SQLException {
        ExternalServices.requirePostgres();
        fill(ExternalServices.POSTGRES_URL, "postgres", "DROP TABLE IF EXISTS i15_company");
        try (Database db = open(ExternalServices.POSTGRES_URL, "postgres")) {
            assertThat(db.snapshot().guard().quoteReading()).isEqualTo(QuoteReading.IDENTIFIER);

            assertThat(run(db, check(db, "SELECT \"name\" FROM i15_company WHERE id = 1")))
                    .containsExactly(List.of("Acme Ltd"));
            assertThatThrownBy(() -> check(db, "SELECT id FROM i15_company WHERE \"nam\" = 'Acme Ltd'"))
                    .isInstanceOfSatisfying(SqlRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_COLUMN))
                    .hasMessageContaining("unknown column 'nam'").hasMessageContaining("name");
            assertThatThrownBy(() -> check(db, "SELECT id FROM i15_company WHERE name = \"Acme Ltd\""))
                    .isInstanceOf(SqlRejectedException.class).hasMessageContaining("unknown column 'Acme Ltd'");
        }
    }

    @Test
    void should_keep_an_unknown_double_quoted_name_an_error_on_h2() throws SQLException {
        String url = "jdbc:h2:mem:i15_quotes;DB_CLOSE_DELAY=-1";
        fill(url, null, "DROP TABLE IF EXISTS i15_company");
        try (Database db = open(url, null)) {
            assertThat(db.snapshot().guard().quoteReading()).isEqualTo(QuoteReading.IDENTIFIER);

            assertThat(run(db, check(db, "SELECT \"NAME\" FROM i15_company WHERE id = 1")))
                    .containsExactly(List.of("Acme Ltd"));
            assertThatThrownBy(() -> check(db, "SELECT id FROM i15_company WHERE name = \"Acme Ltd\""))
                    .isInstanceOfSatisfying(SqlRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_COLUMN))
                    .hasMessageContaining("unknown column 'Acme Ltd'");
        }
    }

    private static void fill(String url, String user, String drop) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, user == null ? null : "");
                Statement s = c.createStatement()) {
            s.execute(drop);
            s.execute(CREATE);
            s.execute(FILL);
        }
    }

    private static Database open(String url, String user) {
        DatabaseSettings settings = new DatabaseSettings(Optional.of(url), Optional.ofNullable(user), Optional.empty(),
                List.of(), 100, Duration.ofSeconds(10), 2, Duration.ofSeconds(5));
        return new Database("i15", settings, Duration.ofHours(1), Ticker.systemTicker(), null);
    }

    private static GuardedSql check(Database db, String sql) {
        return db.snapshot().guard().check(sql);
    }

    private static List<List<Object>> run(Database db, GuardedSql guarded) {
        return db.executor().execute(guarded.sql()).rows().stream()
                .map(r -> r.stream().map(v -> v instanceof Number n ? (Object) n.intValue() : v).toList())
                .toList();
    }
}
