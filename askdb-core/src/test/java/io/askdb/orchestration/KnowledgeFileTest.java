package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.sql.SqlRejectedException;
import io.askdb.testing.H2Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFileTest {

    @TempDir
    Path dir;

    private AskDb open(String json) throws Exception {
        Path file = dir.resolve("knowledge.json");
        Files.writeString(file, json);
        return H2Databases.askDb(AskDbConfig.fromMap(Map.of("ASKDB_KNOWLEDGE_FILE", file.toString())),
                H2Databases.shop());
    }

    @Test
    void should_load_examples_and_notes_per_database_at_start_up() throws Exception {
        try (AskDb askdb = open("""
                {"default": {"examples": [{"question": "orders per customer",
                                           "sql": "SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id"}],
                             "notes": ["revenue means orders.total"]}}
                """)) {
            assertThat(askdb.knowledge().similarExamples("default", "how many orders has each customer", 3))
                    .extracting(KnowledgeBase.Example::question).containsExactly("orders per customer");
            assertThat(askdb.knowledge().notes("default")).containsExactly("revenue means orders.total");
        }
    }

    @Test
    void should_refuse_a_file_example_that_is_not_read_only() {
        assertThatThrownBy(() -> open("""
                {"default": {"examples": [{"question": "clean up", "sql": "DELETE FROM orders"}]}}
                """)).isInstanceOf(SqlRejectedException.class);
    }

    @Test
    void should_name_an_unknown_database_in_the_file() {
        assertThatThrownBy(() -> open("{\"elsewhere\": {\"notes\": [\"x\"]}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown database 'elsewhere'");
    }
}
