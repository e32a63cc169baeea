package io.askdb.cache;

import io.askdb.api.QueryResponse;
import java.util.Set;

/** Level 1: a complete successful response and the tables its SQL reads. */
record StoredAnswer(QueryResponse response, Set<String> tables) {

    StoredAnswer {
        tables = Set.copyOf(tables);
    }
}
