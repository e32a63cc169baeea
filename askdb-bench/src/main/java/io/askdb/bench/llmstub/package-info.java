/**
 * An LLM that is always right about a known question stream: a local HTTP server speaking
 * OpenAI's chat-completions wire format, answering each stream question with its gold SQL,
 * reporting token usage, and taking each model's time, for real or on a virtual clock. The wire
 * format is askdb-test-support's {@code OpenAiStubServer}; this package is the answer policy.
 */
package io.askdb.bench.llmstub;
