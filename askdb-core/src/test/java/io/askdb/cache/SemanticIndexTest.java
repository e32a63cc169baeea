package io.askdb.cache;

import static io.askdb.cache.CacheFixtures.PARTITION_A;
import static io.askdb.cache.CacheFixtures.PARTITION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.cache.semantic.QuestionEmbedder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The index's search over its shelf mirror: it must answer exactly as the cache holds the entries. */
class SemanticIndexTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SemanticIndex index = new SemanticIndex(Duration.ofSeconds(60), 100, 0.8, nanos::get);

    /** A unit vector mostly along the first axis, tilted toward {@code axis} by {@code tilt}. */
    private static float[] vector(int axis, double tilt) {
        float[] v = new float[QuestionEmbedder.DIMENSIONS];
        v[0] = (float) Math.cos(tilt);
        v[axis] = (float) Math.sin(tilt);
        return v;
    }

    private static SemanticIndex.Entry entry(String partition, String question, float[] vector) {
        return new SemanticIndex.Entry(CacheKeys.key(partition, question), question, vector, Set.of("customers"));
    }

    private List<String> found(String partition, float[] vector) {
        return index.search(partition, vector, 0.8, "none").stream().map(m -> m.entry().question()).toList();
    }

    @Test
    void should_rank_similar_entries_of_the_partition_and_leave_out_the_others() {
        index.add(entry(PARTITION_A, "near", vector(1, 0.1)));
        index.add(entry(PARTITION_A, "nearer", vector(1, 0.05)));
        index.add(entry(PARTITION_A, "far", vector(1, 1.2)));
        index.add(entry(PARTITION_B, "other scope", vector(1, 0.0)));

        assertThat(found(PARTITION_A, vector(1, 0.0))).containsExactly("nearer", "near");
        assertThat(index.hasPartition(PARTITION_B)).isTrue();
    }

    @Test
    void should_find_entries_added_after_a_search_and_forget_removed_ones() {
        index.add(entry(PARTITION_A, "first", vector(1, 0.1)));
        assertThat(found(PARTITION_A, vector(1, 0.0))).containsExactly("first");

        index.add(entry(PARTITION_A, "second", vector(2, 0.1)));
        assertThat(found(PARTITION_A, vector(1, 0.0))).containsExactlyInAnyOrder("first", "second");

        index.removeIf(e -> e.question().equals("first"));
        assertThat(found(PARTITION_A, vector(1, 0.0))).containsExactly("second");
    }

    @Test
    void should_search_again_with_the_same_vector_after_an_entry_was_added() {
        float[] asked = vector(1, 0.0);
        assertThat(found(PARTITION_A, asked)).isEmpty();

        index.add(entry(PARTITION_A, "late", vector(1, 0.1)));

        assertThat(found(PARTITION_A, asked)).containsExactly("late");
    }

    @Test
    void should_find_only_the_newest_entry_stored_under_a_key() {
        index.add(entry(PARTITION_A, "same key", vector(1, 0.1)));
        assertThat(found(PARTITION_A, vector(1, 0.0))).hasSize(1);

        index.add(entry(PARTITION_A, "same key", vector(2, 0.1)));

        List<SemanticIndex.Match> matches = index.search(PARTITION_A, vector(2, 0.0), 0.8, "none");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).similarity()).isGreaterThan(0.99);
    }

    @Test
    void should_not_find_an_expired_entry() {
        index.add(entry(PARTITION_A, "old", vector(1, 0.1)));
        assertThat(found(PARTITION_A, vector(1, 0.0))).containsExactly("old");

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(found(PARTITION_A, vector(1, 0.0))).isEmpty();
    }
}
