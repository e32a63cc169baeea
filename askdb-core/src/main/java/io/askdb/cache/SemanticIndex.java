package io.askdb.cache;

import io.askdb.cache.semantic.QuestionSignature;
import io.askdb.cache.semantic.ValueWords;
import io.askdb.cache.semantic.SchemaTerms;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
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
 * <p>Thread-safe: the entries live in a Caffeine cache; a search scans its {@link VectorShelf}
 * mirror and keeps only what the cache still holds, as the same entry object.
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
    private final VectorShelf shelf;
    private final Cache<String, Signed> signatures;
    private final double threshold;
    private final LongAdder misses = new LongAdder();

    /** A stored question's signature, read with one database's schema words. */
    private record Signed(SchemaTerms terms, QuestionSignature signature) {}

    SemanticIndex(Duration ttl, int maxEntries, double threshold, Ticker ticker) {
        this.threshold = threshold;
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isZero() ? Duration.ofNanos(1) : ttl)
                .maximumSize(maxEntries)
                .ticker(ticker)
                .recordStats()
                .build();
        this.shelf = new VectorShelf(() -> entries.asMap().values(), entries::estimatedSize);
        this.signatures = Caffeine.newBuilder().maximumSize(maxEntries).build();
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
                QuestionSignature theirs = signature(match.entry().question(), terms);
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
        shelf.add(entry, () -> entries.put(entry.key(), entry));
    }

    /** Whether the partition may have entries (it may hold only expired ones: a search then finds none). */
    boolean hasPartition(String partition) {
        return shelf.hasPartition(partition);
    }

    /** Entries of the partition at least {@code threshold} similar to the vector, most similar first. */
    List<Match> search(String partition, float[] vector, double threshold, String excludeKey) {
        List<Match> matches = shelf.scan(partition, vector, threshold, excludeKey);
        // The shelf may lag behind the cache: keep what the cache still holds, without touching its age or rank.
        matches.removeIf(m -> entries.policy().getIfPresentQuietly(m.entry().key()) != m.entry());
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return matches;
    }

    /** A stored question's signature, remembered: a search compares many candidates with each question. */
    private QuestionSignature signature(String question, SchemaTerms terms) {
        Signed known = signatures.getIfPresent(question);
        if (known == null || known.terms() != terms) {
            known = new Signed(terms, QuestionSignature.of(question, terms));
            signatures.put(question, known);
        }
        return known.signature();
    }

    /** Removes matching entries; returns their keys. */
    Set<String> removeIf(Predicate<Entry> condition) {
        List<String> keys = entries.asMap().values().stream().filter(condition).map(Entry::key).toList();
        entries.invalidateAll(keys);
        shelf.drop();
        return Set.copyOf(keys);
    }

    void remove(String key) {
        entries.invalidate(key);
        shelf.drop();
    }

    void clear() {
        entries.invalidateAll();
        shelf.drop();
        signatures.invalidateAll();
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
