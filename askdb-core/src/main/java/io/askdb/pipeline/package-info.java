/**
 * The question pipeline: four tiers behind one {@link io.askdb.pipeline.Tier} interface, tried
 * cheapest first (cache, fast path, orchestration, airplane mode). The {@link io.askdb.pipeline.Pipeline}
 * turns every question into a {@link io.askdb.api.QueryResponse}; no exception escapes it.
 */
package io.askdb.pipeline;
