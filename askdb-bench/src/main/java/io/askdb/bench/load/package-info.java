/**
 * A closed-loop HTTP load generator for {@code askdb serve} on loopback: a fixed number of
 * connections each sending {@code POST /api/query} as soon as the previous answer arrived, bounded
 * in time and in requests, reporting throughput, latency percentiles and which tier answered.
 */
package io.askdb.bench.load;
