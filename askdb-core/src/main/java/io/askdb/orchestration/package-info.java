/**
 * Tier 3, the LLM orchestration: intent (rules first), schema selection, approach (direct,
 * iterative refinement, decomposition, clarification), and execution with self-correction. It
 * spends as few LLM calls as a question needs: one for a typical question, more only to repair.
 * It sees a request only through {@link io.askdb.orchestration.OrchestrationRequest} and answers with
 * a typed result; it may use llm, schema, sql, config and api, never pipeline or cache.
 */
package io.askdb.orchestration;
