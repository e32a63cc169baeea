/**
 * Tier 3, the LLM orchestration: intent (rules first), schema selection ({@link
 * io.askdb.schema.linking.SchemaSelector}), approach (direct, iterative refinement, decomposition,
 * clarification), and execution with self-correction. It spends as few LLM calls as a question
 * needs: one for a typical question, more only to repair.
 */
package io.askdb.orchestration;
