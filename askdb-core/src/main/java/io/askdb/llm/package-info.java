/**
 * The LLM layer: LangChain4j clients for OpenAI (and any OpenAI-compatible server), Azure OpenAI and
 * Ollama behind one facade, {@link io.askdb.llm.LlmGateway}. It routes each question to a fast or a
 * complex model by its {@link io.askdb.llm.Difficulty} (estimated by the caller, or the seed's keyword
 * score) and the complex model's load, adapts request parameters to the
 * kind of model, guards every call with a time limit, retries and a circuit breaker, falls back from
 * the complex to the fast model, and accounts tokens and cost per request ({@link io.askdb.llm.LlmUsage}).
 * Complexity scoring takes its terms from {@code io.askdb.text}; the weights are this package's.
 * May use text, config, metrics and api.
 */
@io.askdb.api.Internal
package io.askdb.llm;
