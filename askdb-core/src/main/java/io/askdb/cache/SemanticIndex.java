package io.askdb.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The embeddings of the questions whose answers (level 1) or SQL (level 2) are cached, searched by
 * cosine similarity within one partition. Entries live as long as the longer of the two levels and
 * are bounded like them; a match still has to pass the literal guard and find its level entry.
 *
 * <p>Thread-safe: a Caffeine cache; a search iterates a weakly consistent view.
 */
final class SemanticIndex {

    /**
     * @param vector the question's unit embedding
     * @param tables the tables its SQL reads, for invalidation
     */
    record Entry(String key, String question, float[] vector, Set<String> tables) {

        String partition() {
            return CacheKeys.partitionOf(key);
        }

        String normalized() {
            return CacheKeys.question(key);
        }
    }

    /** A candidate above the threshold, best first. */
    record Match(Entry entry, double similarity) {}

    private final Cache<String, Entry> entries;

    SemanticIndex(Duration ttl, int maxEntries, Ticker ticker) {
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isZero() ? Duration.ofNanos(1) : ttl)
                .maximumSize(maxEntries)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    void add(Entry entry) {
        entries.put(entry.key(), entry);
    }

    boolean hasPartition(String partition) {
        for (String key : entries.asMap().keySet()) {
            if (key.startsWith(partition)) {
                return true;
            }
        }
        return false;
    }

    /** Entries of the partition at least {@code threshold} similar to the vector, most similar first. */
    List<Match> search(String partition, float[] vector, double threshold, String excludeKey) {
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries.asMap().values()) {
            if (!entry.key().startsWith(partition) || entry.key().equals(excludeKey)) {
                continue;
            }
            double similarity = QuestionEmbedder.similarity(vector, entry.vector());
            if (similarity >= threshold) {
                matches.add(new Match(entry, similarity));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return matches;
    }

    /** Removes matching entries; returns their keys. */
    Set<String> removeIf(Predicate<Entry> condition) {
        List<String> keys = entries.asMap().values().stream().filter(condition).map(Entry::key).toList();
        entries.invalidateAll(keys);
        return Set.copyOf(keys);
    }

    void remove(String key) {
        entries.invalidate(key);
    }

    void clear() {
        entries.invalidateAll();
    }

    long size() {
        return entries.estimatedSize();
    }

    long evictions() {
        return entries.stats().evictionCount();
    }

    long estimatedBytes() {
        long bytes = 0;
        for (Entry entry : entries.asMap().values()) {
            bytes += SizeEstimate.of(entry.key()) + SizeEstimate.of(entry.question()) + SizeEstimate.of(entry.vector())
                    + SizeEstimate.of(entry.tables()) + 64;
        }
        return bytes;
    }

    void cleanUp() {
        entries.cleanUp();
    }
}
