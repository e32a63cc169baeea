/**
 * Tier 3, the LLM orchestration: intent (rules first), schema selection ({@link
 * io.askdb.schema.linking.SchemaSelector}), approach (direct, iterative refinement, decomposition,
 * clarification), and execution with self-correction. It spends as few LLM calls as a question
 * needs: one for a typical question, more only to repair. It sees a request only through
 * {@link io.askdb.orchestration.OrchestrationRequest} and answers with a typed result; it may use
 * llm, sql, schema (with linking), text, config, metrics and api, never pipeline or cache.
 */
@io.askdb.api.Internal
package io.askdb.orchestration;
