package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code askdb chat} driven through its terminal's input stream, on the embedded sample, offline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatSessionTest {

    private AskDb askdb;

    @BeforeAll
    void open() {
        askdb = AskDb.builder().config(AskDbConfig.fromMap(Map.of())).embedStoredQuestions(false).build();
    }

    @AfterAll
    void close() {
        askdb.close();
    }

    private String chat(String input, Path history) throws Exception {
        RequestOptions options = new RequestOptions();
        options.offline = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder().system(false).dumb(true).type("dumb")
                .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)
                .encoding(StandardCharsets.UTF_8).build()) {
            new ChatSession(askdb, options, false, history).run(terminal);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_answer_three_turns_each_read_against_the_one_before(@TempDir Path dir) throws Exception {
        String out = chat("list the products\nonly the red ones\nshow the top 3 of those\n:quit\n", dir.resolve("h"));

        assertThat(out).contains("(295 rows");
        assertThat(out).contains("(read as: list the red products?)").contains("(30 rows");
        assertThat(out).contains("(read as: list the top 3 red products?)").contains("(3 rows)");
        assertThat(out).contains("Road-150 Red");
        assertThat(dir.resolve("h")).content().contains("only the red ones");
    }

    @Test
    void should_start_afresh_after_new(@TempDir Path dir) throws Exception {
        String out = chat("how many customers are there?\n:new\nwhat about products?\n", dir.resolve("h"));

        assertThat(out).contains("847").contains("(new conversation)");
        assertThat(out).doesNotContain("(read as: how many products are there?)");
    }

    @Test
    void should_show_the_sql_and_plan_first_and_run_it_on_request(@TempDir Path dir) throws Exception {
        String out = chat(":dry\nhow many customers are there?\n:run\n", dir.resolve("h"));

        assertThat(out).contains("Dry run: nothing was executed.").contains("Reads tables:  SalesLT.Customer")
                .contains("(:run to run it)");
        assertThat(out.substring(out.indexOf("(:run to run it)"))).contains("847").contains("(1 row)");
    }
}
