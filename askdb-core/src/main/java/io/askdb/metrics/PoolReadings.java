package io.askdb.metrics;

/** One database connection pool's live counts, read at each scrape. */
public interface PoolReadings {

    int active();

    int idle();

    /** Threads waiting for a connection. */
    int waiting();
}
