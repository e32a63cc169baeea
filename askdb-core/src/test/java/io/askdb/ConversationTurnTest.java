package io.askdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.testing.H2Databases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conversations through the facade: what the pipeline answers and caches is the question read in full. */
class ConversationTurnTest {

    private final AskDb askdb = H2Databases.askDb(H2Databases.shop());

    @AfterEach
    void close() {
        askdb.close();
    }

    private QueryResponse ask(String question, String conversation) {
        return askdb.ask(QueryRequest.of(question).withOffline(true).withConversationId(conversation));
    }

    @Test
    void should_cache_the_question_read_in_full_never_the_raw_follow_up() {
        ask("How many customers are there?", "c1");
        QueryResponse followUp = ask("what about orders?", "c1");

        QueryResponse standalone = askdb.ask(QueryRequest.of("How many orders are there?"));
        QueryResponse raw = askdb.ask(QueryRequest.of("what about orders?").withOffline(true));

        assertThat(followUp.question()).isEqualTo("what about orders?");
        assertThat(followUp.resolvedQuestion()).isEqualTo("How many orders are there?");
        assertThat(followUp.rows()).containsExactly(List.of(4L));
        assertThat(standalone.tier()).isEqualTo(TierName.CACHE);
        assertThat(standalone.rows()).containsExactly(List.of(4L));
        assertThat(raw.tier()).isNotEqualTo(TierName.CACHE);
    }

    @Test
    void should_not_remember_a_dry_run_as_a_turn() {
        ask("How many customers are there?", "c2");
        QueryResponse dry = askdb.ask(QueryRequest.of("what about orders?").withOffline(true).withDryRun(true)
                .withConversationId("c2"));
        QueryResponse run = ask("what about orders?", "c2");

        assertThat(dry.resolvedQuestion()).isEqualTo("How many orders are there?");
        assertThat(dry.rows()).isNull();
        assertThat(run.resolvedQuestion()).isEqualTo("How many orders are there?");
        assertThat(run.rows()).containsExactly(List.of(4L));
        assertThat(run.details().get("conversation")).isEqualTo(java.util.Map.of("turn", 2, "readBy", "offline"));
    }
}
