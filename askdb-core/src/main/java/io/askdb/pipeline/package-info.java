/**
 * The question pipeline: four tiers behind one {@link io.askdb.pipeline.Tier} interface, tried
 * cheapest first (cache, fast path, orchestration, airplane mode). The {@link io.askdb.pipeline.Pipeline}
 * turns every question into a {@link io.askdb.api.QueryResponse}; no exception escapes it. Tiers
 * decline with a typed reason and note what they did in typed fields of the request's context; it
 * sits on top of cache and orchestration and may use every package below them.
 */
@io.askdb.api.Internal
package io.askdb.pipeline;
