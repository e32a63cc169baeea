package io.askdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.api.QueryRequest;
import io.askdb.config.AskDbConfig;
import io.askdb.config.DatabaseSettings;
import io.askdb.sample.SampleDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the default database gets filled when nothing is configured, and what happens when nothing can. */
class EmbeddedDatabaseTest {

    @Test
    void should_refuse_to_build_on_an_empty_database_when_nothing_is_configured_and_no_loader_fills_it() {
        assertThatThrownBy(() -> AskDb.builder().embeddedDatabase((url, user, password) -> false).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DATABASE_URL is not set")
                .hasMessageContaining("askdb-sample")
                .hasMessageContaining("SampleDatabase::ensureEmbeddedLoaded");
    }

    @Test
    void should_answer_on_the_registered_sample_when_nothing_is_configured() {
        try (AskDb askdb = AskDb.builder().build()) {
            List<List<Object>> rows = askdb.ask(QueryRequest.of("How many customers are there?")).rows();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).singleElement().asString().isEqualTo("847");
        }
    }

    @Test
    void should_give_the_loader_the_url_and_credentials_of_every_database() {
        List<String> seen = new ArrayList<>();
        DatabaseSettings shop = AskDbConfig.defaults().database().withUrl("jdbc:h2:mem:embedded_database_test");
        AskDb.builder()
                .embeddedDatabase((url, user, password) -> {
                    seen.add(url);
                    return SampleDatabase.ensureEmbeddedLoaded(url, user, password);
                })
                .database("shop", shop)
                .build()
                .close();

        assertThat(seen).containsExactly(DatabaseSettings.SAMPLE_URL, "jdbc:h2:mem:embedded_database_test");
    }

    @Test
    void should_report_a_loader_that_fails_as_an_internal_error_with_its_message() {
        assertThatThrownBy(() -> AskDb.builder()
                        .embeddedDatabase((url, user, password) -> {
                            throw new IllegalStateException("could not load the embedded SalesLT sample into " + url);
                        })
                        .build())
                .isInstanceOfSatisfying(AskDbException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL))
                .hasMessage("could not load the embedded SalesLT sample into " + DatabaseSettings.SAMPLE_URL);
    }

    @Test
    void should_name_the_sample_url_that_askdb_sample_recognises_as_embedded() {
        assertThat(SampleDatabase.isEmbedded(DatabaseSettings.SAMPLE_URL)).isTrue();
    }
}
