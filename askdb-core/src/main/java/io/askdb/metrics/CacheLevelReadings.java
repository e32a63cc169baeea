package io.askdb.metrics;

/** One cache level's live counters, each read by its own meter at each scrape. */
public interface CacheLevelReadings {

    long entries();

    long hits();

    long misses();

    long evictions();

    /** Rough heap used by the level's entries. */
    long estimatedBytes();
}
