/**
 * Load on {@code askdb serve} over loopback: a closed-loop HTTP load generator (a fixed number of
 * connections each sending {@code POST /api/query} as soon as the previous answer arrived, bounded
 * in time and in requests, reporting throughput, latency percentiles and which tier answered), and
 * the ceiling every askdb path is judged against: a bare Javalin endpoint on askdb's own libraries
 * ({@link io.askdb.bench.load.CeilingServer}). {@code scripts/load.sh} drives both with wrk.
 */
package io.askdb.bench.load;
