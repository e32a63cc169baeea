package io.askdb.pipeline;

import io.askdb.api.Strategy;
import io.askdb.sql.QueryResult;

/**
 * What a tier produced when it answered: the SQL that ran, its rows, and how it was made.
 *
 * @param model the LLM that wrote the SQL, or null
 * @param explanation how the question was read, in words
 */
record Answer(String sql, QueryResult result, Strategy strategy, String model, String explanation) {}
