package io.askdb.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The turns of each live conversation, keyed by conversation, scope and database.
 *
 * <p>Concurrency: one Caffeine cache holds an immutable list of turns per key; a new turn replaces
 * the list atomically ({@code asMap().merge}), so a reader sees a whole list, before or after the
 * turn. A conversation expires {@code ttl} after its last use; at most {@code maxConversations} are
 * kept (least recently used go first) and each keeps its last {@code maxTurns} turns.
 */
final class ConversationStore {

    private final Cache<String, List<Turn>> turns;
    private final int maxTurns;

    ConversationStore(Duration ttl, long maxConversations, int maxTurns, Ticker ticker) {
        this.turns = Caffeine.newBuilder().expireAfterAccess(ttl).maximumSize(maxConversations).ticker(ticker).build();
        this.maxTurns = maxTurns;
    }

    Optional<Turn> last(String key) {
        List<Turn> list = turns.getIfPresent(key);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    int size(String key) {
        List<Turn> list = turns.getIfPresent(key);
        return list == null ? 0 : list.size();
    }

    void add(String key, Turn turn) {
        turns.asMap().merge(key, List.of(turn), (old, one) -> {
            List<Turn> next = new ArrayList<>(old);
            next.addAll(one);
            return List.copyOf(next.subList(Math.max(0, next.size() - maxTurns), next.size()));
        });
    }

    long conversations() {
        turns.cleanUp();
        return turns.estimatedSize();
    }
}
