package io.askdb.pipeline;

import io.askdb.api.Strategy;
import io.askdb.sql.QueryResult;
import java.util.List;

/**
 * What a tier produced when it answered: the SQL that ran, its rows, and how it was made.
 *
 * @param model the LLM that wrote the SQL, or null
 * @param explanation how the question was read, in words
 * @param confidence the offline reading's confidence (fast path and airplane mode), else null
 * @param unplaced the parts of the question the offline reading could not place
 */
record Answer(String sql, QueryResult result, Strategy strategy, String model, String explanation, Double confidence,
        List<String> unplaced) {

    Answer {
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
    }

    Answer(String sql, QueryResult result, Strategy strategy, String model, String explanation) {
        this(sql, result, strategy, model, explanation, null, List.of());
    }
}
