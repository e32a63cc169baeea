package io.askdb.config;

import java.time.Duration;

/**
 * How long conversations live and how many are kept.
 *
 * @param ttl a conversation is forgotten this long after its last question ({@code ASKDB_CONVERSATION_TTL}, seconds)
 * @param maxConversations at most this many are kept, least recently used go first ({@code ASKDB_CONVERSATIONS_MAX})
 * @param maxTurns each keeps its last this many turns
 */
public record ConversationSettings(Duration ttl, long maxConversations, int maxTurns) {

    public static final long DEFAULT_TTL_SECONDS = 1800;
    public static final long DEFAULT_MAX_CONVERSATIONS = 10_000;
    public static final int DEFAULT_MAX_TURNS = 20;

    public ConversationSettings {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ASKDB_CONVERSATION_TTL must be > 0, was " + ttl.toSeconds());
        }
        if (maxConversations < 1) {
            throw new IllegalArgumentException("ASKDB_CONVERSATIONS_MAX must be >= 1, was " + maxConversations);
        }
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be >= 1, was " + maxTurns);
        }
    }

    public static ConversationSettings defaults() {
        return new ConversationSettings(Duration.ofSeconds(DEFAULT_TTL_SECONDS), DEFAULT_MAX_CONVERSATIONS,
                DEFAULT_MAX_TURNS);
    }

    static ConversationSettings from(EnvReader env) {
        return new ConversationSettings(
                Duration.ofSeconds(env.integer("ASKDB_CONVERSATION_TTL", (int) DEFAULT_TTL_SECONDS, 1)),
                env.integer("ASKDB_CONVERSATIONS_MAX", (int) DEFAULT_MAX_CONVERSATIONS, 1),
                DEFAULT_MAX_TURNS);
    }
}
