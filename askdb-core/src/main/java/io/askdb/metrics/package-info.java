/**
 * The one owner of every {@code askdb.*} meter ({@code askdb_*} in Prometheus): {@link
 * io.askdb.metrics.MeterName} lists each name with its tags; {@link io.askdb.metrics.AskDbMeters}
 * registers them and takes reports in plain values from the pipeline, the caches, the pools and the
 * LLM layer. Uses only {@code io.askdb.api} and Micrometer; recording never throws for a report.
 */
@io.askdb.api.Internal
package io.askdb.metrics;
