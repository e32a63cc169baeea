package io.askdb.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embeddings of the questions whose answers (level 1) or SQL (level 2) are cached, searched by
 * cosine similarity within one partition. Entries live as long as the longer of the two levels and
 * are bounded like them; a match at or above the threshold still has to pass the literal guard
 * ({@link QuestionSignature}) and find its entry in the level.
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

    /** A level's value found through a similar question. */
    record Matched<T>(T value, String question) {}

    private static final Logger LOG = LoggerFactory.getLogger(SemanticIndex.class);

    private final Cache<String, Entry> entries;
    private final double threshold;
    private final LongAdder misses = new LongAdder();

    SemanticIndex(Duration ttl, int maxEntries, double threshold, Ticker ticker) {
        this.threshold = threshold;
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isZero() ? Duration.ofNanos(1) : ttl)
                .maximumSize(maxEntries)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    /**
     * The best stored question of the query's partition that is similar enough, carries the same
     * literals and operators, and still has an entry in the level whose SQL ({@code sqlOf}) names no
     * value the query leaves out ({@link ValueWords}). Embeds the query's question only when the
     * partition has entries at all.
     */
    <T> Optional<Matched<T>> match(CacheQuery query, CacheLevel level, Class<T> type, Function<T, String> sqlOf) {
        if (!level.enabled() || !hasPartition(query.partition())) {
            return Optional.empty();
        }
        List<Match> matches = search(query.partition(), query.embedding().get(), threshold, query.key());
        if (!matches.isEmpty()) {
            SchemaTerms terms = query.terms().get();
            QuestionSignature mine = QuestionSignature.of(query.question(), terms);
            for (Match match : matches) {
                QuestionSignature theirs = QuestionSignature.of(match.entry().question(), terms);
                if (!mine.compatibleWith(theirs)) {
                    LOG.debug("'{}' (similarity {}) is not served for '{}': {} vs {}", match.entry().question(),
                            match.similarity(), query.question(), theirs, mine);
                    continue;
                }
                Optional<T> value = level.find(match.entry().key(), type);
                if (value.isPresent()
                        && !ValueWords.kept(match.entry().question(), sqlOf.apply(value.get()), query.question())) {
                    LOG.debug("'{}' is not served for '{}': its SQL names a value the question leaves out",
                            match.entry().question(), query.question());
                    continue;
                }
                if (value.isPresent()) {
                    return Optional.of(new Matched<>(value.get(), match.entry().question()));
                }
            }
        }
        misses.increment();
        return Optional.empty();
    }

    long misses() {
        return misses.sum();
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
