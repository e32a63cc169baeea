package io.askdb.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded sample behind askdb's default database, loaded on first use. */
class EmbeddedSampleTest {

    /** askdb-core's {@code DatabaseSettings.SAMPLE_URL}, which core's own tests check against this module. */
    private static final String ASKDB_DEFAULT_URL =
            "jdbc:h2:mem:saleslt;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void should_load_the_embedded_sample_once_when_many_threads_ask_at_once() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> task = () -> {
                    start.await();
                    return SampleDatabase.ensureEmbeddedLoaded(ASKDB_DEFAULT_URL, "", "");
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = DriverManager.getConnection(ASKDB_DEFAULT_URL, "", "")) {
            assertThat(Jdbc.scalar(db, "SELECT COUNT(*) FROM SalesLT.Customer")).isEqualTo(847);
            assertThat(Jdbc.rows(db, "SELECT TOP 10 * FROM SalesLT.Product")).hasSize(10);
            assertThat(SampleDatabase.isLoaded(db)).isTrue();
        }
    }

    @Test
    void should_leave_other_databases_alone() throws SQLException {
        assertThat(SampleDatabase.ensureEmbeddedLoaded("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""))
                .isFalse();
        try (Connection other = H2Sample.empty()) {
            assertThat(SampleDatabase.isLoaded(other)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:h2:mem:saleslt;MODE=MSSQLServer;DB_CLOSE_DELAY=-1, true",
        "JDBC:H2:MEM:SALESLT, true",
        "jdbc:h2:mem:saleslt_copy;MODE=MSSQLServer, false",
        "jdbc:h2:file:./saleslt, false",
        "jdbc:postgresql://localhost/saleslt, false"
    })
    void should_recognise_only_the_in_memory_saleslt_database_as_embedded(String url, boolean embedded) {
        assertThat(SampleDatabase.isEmbedded(url)).isEqualTo(embedded);
    }

    @Test
    void should_open_the_embedded_database_with_camel_case_names_unless_the_url_decides() {
        assertThat(SampleDatabase.embeddedUrl(ASKDB_DEFAULT_URL)).isEqualTo(ASKDB_DEFAULT_URL);
        assertThat(SampleDatabase.embeddedUrl("jdbc:h2:mem:saleslt;MODE=MSSQLServer;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:saleslt;MODE=MSSQLServer;DB_CLOSE_DELAY=-1"
                        + ";DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        assertThat(SampleDatabase.embeddedUrl("jdbc:h2:mem:saleslt;DATABASE_TO_UPPER=TRUE"))
                .isEqualTo("jdbc:h2:mem:saleslt;DATABASE_TO_UPPER=TRUE;DB_CLOSE_DELAY=-1"
                        + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE");
    }
}
