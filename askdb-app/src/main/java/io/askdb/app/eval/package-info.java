/**
 * {@code askdb eval}: batch evaluation over JSONL questions and SQLite databases, with execution
 * accuracy against gold SQL (result multisets; order only when the gold query orders), overall,
 * by tier and by hardness.
 */
package io.askdb.app.eval;
