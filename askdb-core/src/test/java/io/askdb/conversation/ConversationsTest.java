package io.askdb.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.config.AskDbConfig;
import io.askdb.config.ConversationSettings;
import io.askdb.llm.LlmGateway;
import io.askdb.metrics.AskDbMeters;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConversationsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ConversationSettings settings = new ConversationSettings(Duration.ofMinutes(30), 2, 20);

    private Conversations offline() {
        return new Conversations(settings, nanos::get, Optional.empty());
    }

    @Test
    void should_read_a_follow_up_against_the_last_answered_turn() {
        Conversations c = offline();
        String key = Conversations.key("c1", "", "default");
        assertThat(c.resolve(key, "how many products are there?", false).how()).isEqualTo(Resolution.How.STANDALONE);
        c.remember(key, new Turn("how many products are there?", "how many products are there?", "SELECT 1"));

        Resolution r = c.resolve(key, "only the red ones", false);

        assertThat(r.question()).isEqualTo("how many red products are there?");
        assertThat(r.how()).isEqualTo(Resolution.How.OFFLINE);
        assertThat(r.turn()).isEqualTo(2);
    }

    @Test
    void should_never_lend_one_conversations_context_to_another_id_scope_or_database() {
        Conversations c = offline();
        c.remember(Conversations.key("c1", "", "default"), new Turn("q", "how many products are there?", "SELECT 1"));

        assertThat(c.resolve(Conversations.key("c2", "", "default"), "only the red ones", false).question())
                .isEqualTo("only the red ones");
        assertThat(c.resolve(Conversations.key("c1", "other-key", "default"), "only the red ones", false).question())
                .isEqualTo("only the red ones");
        assertThat(c.resolve(Conversations.key("c1", "", "sales"), "only the red ones", false).question())
                .isEqualTo("only the red ones");
    }

    @Test
    void should_forget_a_conversation_after_its_ttl() {
        Conversations c = offline();
        String key = Conversations.key("c1", "", "default");
        c.remember(key, new Turn("q", "how many products are there?", "SELECT 1"));
        nanos.addAndGet(Duration.ofMinutes(29).toNanos());
        assertThat(c.resolve(key, "only the red ones", false).how()).isEqualTo(Resolution.How.OFFLINE);

        nanos.addAndGet(Duration.ofMinutes(31).toNanos());

        assertThat(c.resolve(key, "only the red ones", false).how()).isEqualTo(Resolution.How.STANDALONE);
    }

    @Test
    void should_keep_at_most_the_configured_number_of_conversations() {
        Conversations c = offline();
        for (int i = 0; i < 50; i++) {
            c.remember(Conversations.key("c" + i, "", "default"), new Turn("q", "q", "SELECT 1"));
        }
        assertThat(c.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void should_ask_the_llm_with_the_previous_turn_when_no_pattern_reads_the_follow_up() {
        try (OpenAiStubServer stub = OpenAiStubServer.start()) {
            stub.enqueue(Reply.chat("How many orders placed in 2008 were shipped late?", 120, 12));
            AskDbConfig config = AskDbConfig.fromMap(Map.of("LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(),
                    "OPENAI_API_KEY", "k", "ASKDB_LLM_MAX_RETRIES", "0"));
            Optional<LlmGateway> llm = LlmGateway.create(config.llm(), config.pipeline(), new AskDbMeters());
            Conversations c = new Conversations(settings, nanos::get, llm);
            String key = Conversations.key("c1", "", "default");
            c.remember(key, new Turn("q", "how many orders were placed in 2008?",
                    "SELECT COUNT(*) FROM orders WHERE YEAR(OrderDate) = 2008"));

            Resolution r = c.resolve(key, "and which of those were shipped late?", false);

            assertThat(r.how()).isEqualTo(Resolution.How.LLM);
            assertThat(r.question()).isEqualTo("How many orders placed in 2008 were shipped late?");
            assertThat(r.usage().llmCalls()).isEqualTo(1);
            assertThat(stub.lastRequest().body()).contains("how many orders were placed in 2008?")
                    .contains("YEAR(OrderDate) = 2008").contains("and which of those were shipped late?");
            assertThat(c.resolve(key, "and which of those were shipped late?", true).how())
                    .as("offline requests never call the LLM").isEqualTo(Resolution.How.AS_TYPED);
            llm.ifPresent(LlmGateway::close);
        }
    }
}
