package io.askdb.cache;

import io.askdb.api.Strategy;
import java.util.Set;

/**
 * Level 2: the SQL that answered a question, run again on a hit for fresh rows.
 *
 * @param question the question it answered, as asked
 * @param model the LLM that wrote it, or null
 */
record StoredSql(String sql, Strategy strategy, String model, String question, Set<String> tables) {

    StoredSql {
        tables = Set.copyOf(tables);
    }
}
