/**
 * The large-schema benchmark: every Spider train table in one SQLite database ({@code <db>__<table>},
 * keys and rows kept), the train questions with their gold SQL rewritten to the new names, and a stub
 * model that answers each question with its gold over real HTTP. It measures what askdb's LLM tier
 * adds on a schema too large to send whole: whether the gold tables reach the prompt, the prompt's
 * size, the calls per question and whether the answers come out right.
 */
package io.askdb.bench.largeschema;
