/**
 * An LLM stub for a known question stream: a local HTTP server speaking OpenAI's
 * chat-completions wire format, answering each stream question with its gold SQL or, on a stated
 * share of questions by model and hardness ({@link io.askdb.bench.llmstub.SkillTable}), a realistic mistake,
 * reporting token usage, and taking each model's time, for real or on a virtual clock. The wire
 * format is askdb-test-support's {@code OpenAiStubServer}; this package is the answer policy.
 */
package io.askdb.bench.llmstub;
