package io.askdb.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.ConversationSettings;
import io.askdb.llm.LlmGateway;
import io.askdb.llm.LlmReply;
import io.askdb.llm.LlmUnavailableException;
import io.askdb.llm.LlmUsage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each question of a conversation in full and remembers the turns that were answered. A
 * conversation is identified by its id together with the caller's scope and the database, so two
 * callers using the same id never share context.
 *
 * <p>A question is read, in order: as it stands when the conversation has no answered turn yet or
 * the question does not lean on the one before; by the offline patterns of {@link FollowUps}; by the
 * LLM with the previous question and its SQL in the prompt (not for offline requests); else as typed.
 *
 * <p>Thread-safe: the store is; this class holds nothing else that changes.
 */
public final class Conversations {

    private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);
    private static final int MAX_REWRITE_LENGTH = 500;
    private static final String SYSTEM_PROMPT = "You rewrite a follow-up question about a database into one complete"
            + " question that can be understood on its own, keeping every condition of the previous question that"
            + " the follow-up does not change. Reply with the rewritten question only, on one line, no SQL.";

    private final ConversationStore store;
    private final FollowUps followUps = new FollowUps();
    private final Optional<LlmGateway> llm;

    public Conversations(ConversationSettings settings, Ticker ticker, Optional<LlmGateway> llm) {
        this.store = new ConversationStore(settings.ttl(), settings.maxConversations(), settings.maxTurns(), ticker);
        this.llm = llm;
    }

    /** The key of a conversation: its id within the caller's scope and database. */
    public static String key(String conversationId, String scope, String database) {
        return scope + '\u0000' + database + '\u0000' + conversationId;
    }

    /** Reads {@code question} against the conversation's last answered turn. */
    public Resolution resolve(String key, String question, boolean offline) {
        int turn = store.size(key) + 1;
        LlmUsage usage = new LlmUsage();
        Optional<Turn> previous = store.last(key);
        if (previous.isEmpty()) {
            return new Resolution(question, Resolution.How.STANDALONE, usage, turn);
        }
        Optional<String> read = followUps.resolve(question, previous.get().resolved());
        if (read.isPresent()) {
            return new Resolution(read.get(), Resolution.How.OFFLINE, usage, turn);
        }
        if (!followUps.refersBack(question)) {
            return new Resolution(question, Resolution.How.STANDALONE, usage, turn);
        }
        if (offline || llm.isEmpty()) {
            return new Resolution(question, Resolution.How.AS_TYPED, usage, turn);
        }
        return rewrite(question, previous.get(), usage)
                .map(q -> new Resolution(q, Resolution.How.LLM, usage, turn))
                .orElseGet(() -> new Resolution(question, Resolution.How.AS_TYPED, usage, turn));
    }

    /** Remembers an answered turn; the next question of the conversation is read against it. */
    public void remember(String key, Turn turn) {
        store.add(key, turn);
    }

    /** Live conversations (for statistics). */
    public long size() {
        return store.conversations();
    }

    private Optional<String> rewrite(String question, Turn previous, LlmUsage usage) {
        String prompt = "Previous question: " + previous.resolved() + "\nIts SQL: " + previous.sql()
                + "\nFollow-up: " + question + "\nThe follow-up as one complete question:";
        try {
            LlmReply reply = llm.get().ask(llm.get().fastRoute("follow-up rewrite"), SYSTEM_PROMPT, prompt, usage);
            return firstLine(reply.text());
        } catch (LlmUnavailableException e) {
            LOG.warn("could not read the follow-up '{}' through the LLM: {}", question, e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<String> firstLine(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String line : text.split("\\R")) {
            String q = line.strip().replaceAll("^(?i)(rewritten question|question)\\s*:\\s*", "")
                    .replaceAll("^[\"'`]+|[\"'`]+$", "").strip();
            if (!q.isEmpty() && !q.startsWith("```")) {
                return q.length() > MAX_REWRITE_LENGTH ? Optional.empty() : Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
