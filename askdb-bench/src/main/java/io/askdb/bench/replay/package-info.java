/**
 * The workload replay: one question stream, three contestants (askdb as configured by default,
 * a baseline that sends every question to the complex model, and LangChain4j's own text-to-SQL
 * retriever), one LLM stub; latency, LLM spend, cache and fast-path shares and correct answers
 * for each, ending with one line of JSON.
 */
package io.askdb.bench.replay;
