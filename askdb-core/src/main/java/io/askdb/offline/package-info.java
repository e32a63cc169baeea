/**
 * The offline question answerer behind tiers 2 (fast path) and 4 (airplane mode): it reads a
 * question, links its words to the tables, columns and values of any catalog, and composes SQL
 * with a confidence score. It needs no LLM and never throws for an unanswerable question.
 */
package io.askdb.offline;
