package io.askdb.cache;

import io.askdb.cache.semantic.QuestionEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The semantic index's entries as plain arrays, one per partition, so that a search scans vectors
 * rather than the cache's map with its per-entry bookkeeping. A mirror of the index's Caffeine
 * cache, not its master: it may still hold entries the cache has since replaced, expired or
 * evicted, so the index checks each entry a search returns against the cache. Adding appends;
 * anything else drops the mirror, which is rebuilt from the cache by the next search.
 *
 * <p>Concurrency: the arrays are copy-on-write; writers hold the shelf's lock, readers take the
 * current {@link Shelves} without it and never see a half-written array.
 */
final class VectorShelf {

    /** The arrays by partition; never modified once published. */
    private record Shelves(Map<String, SemanticIndex.Entry[]> byPartition, int size) {}

    /** The last scan: a request looks up level 1 and then level 2 with the same vector. */
    private record Scan(Shelves shelves, String partition, float[] vector, double threshold, String excludeKey,
            List<SemanticIndex.Match> matches) {

        boolean answers(Shelves s, String p, float[] v, double t, String e) {
            return shelves == s && vector == v && threshold == t && partition.equals(p) && Objects.equals(excludeKey, e);
        }
    }

    private final Supplier<? extends Iterable<SemanticIndex.Entry>> source;
    private final Supplier<Long> liveEntries;
    private volatile Shelves shelves;
    private volatile Scan last;

    /**
     * @param source the index's live entries, read to rebuild the mirror
     * @param liveEntries how many the index holds, to notice when replaced entries pile up here
     */
    VectorShelf(Supplier<? extends Iterable<SemanticIndex.Entry>> source, Supplier<Long> liveEntries) {
        this.source = source;
        this.liveEntries = liveEntries;
    }

    /**
     * Appends an entry here and then stores it in the index ({@code store}), under the lock a rebuild
     * takes, so that a rebuild never sees it in the cache and then gets it appended once more. The
     * mirror goes first: whoever sees the entry in the index finds it in a search too.
     */
    synchronized void add(SemanticIndex.Entry entry, Runnable store) {
        Shelves current = shelves;
        if (current != null && current.size() > 2 * liveEntries.get() + 64) {
            current = null; // mostly replaced entries: rebuild rather than grow
        }
        if (current == null) {
            shelves = null;
            store.run(); // the next search rebuilds from the cache, this entry included
            return;
        }
        Map<String, SemanticIndex.Entry[]> byPartition = new HashMap<>(current.byPartition());
        SemanticIndex.Entry[] old = byPartition.getOrDefault(entry.partition(), new SemanticIndex.Entry[0]);
        SemanticIndex.Entry[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = entry;
        byPartition.put(entry.partition(), grown);
        shelves = new Shelves(byPartition, current.size() + 1);
        store.run();
    }

    /** Forgets the mirror after entries left the index; the next search rebuilds it. */
    synchronized void drop() {
        shelves = null;
    }

    boolean hasPartition(String partition) {
        return current().byPartition().containsKey(partition);
    }

    /**
     * The partition's entries at least {@code threshold} similar to the vector, besides the one
     * under {@code excludeKey}; a new list the caller may change. The same vector (the same array)
     * scanned again before anything was added finds the last scan's matches without scanning.
     */
    List<SemanticIndex.Match> scan(String partition, float[] vector, double threshold, String excludeKey) {
        Shelves current = current();
        Scan previous = last;
        if (previous != null && previous.answers(current, partition, vector, threshold, excludeKey)) {
            return new ArrayList<>(previous.matches());
        }
        SemanticIndex.Entry[] entries = current.byPartition().get(partition);
        List<SemanticIndex.Match> matches = new ArrayList<>();
        if (entries != null) {
            for (SemanticIndex.Entry entry : entries) {
                double similarity = QuestionEmbedder.similarity(vector, entry.vector());
                if (similarity >= threshold && !entry.key().equals(excludeKey)) {
                    matches.add(new SemanticIndex.Match(entry, similarity));
                }
            }
        }
        last = new Scan(current, partition, vector, threshold, excludeKey, List.copyOf(matches));
        return matches;
    }

    private Shelves current() {
        Shelves current = shelves;
        return current != null ? current : rebuild();
    }

    private synchronized Shelves rebuild() {
        if (shelves != null) {
            return shelves;
        }
        Map<String, List<SemanticIndex.Entry>> lists = new HashMap<>();
        int size = 0;
        for (SemanticIndex.Entry entry : source.get()) {
            lists.computeIfAbsent(entry.partition(), p -> new ArrayList<>()).add(entry);
            size++;
        }
        Map<String, SemanticIndex.Entry[]> byPartition = new HashMap<>();
        lists.forEach((partition, list) -> byPartition.put(partition, list.toArray(SemanticIndex.Entry[]::new)));
        shelves = new Shelves(byPartition, size);
        return shelves;
    }
}
