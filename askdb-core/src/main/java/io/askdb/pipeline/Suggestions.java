package io.askdb.pipeline;

import java.util.List;

/**
 * What airplane mode offers when it cannot answer: the tables it knows and questions it can answer.
 */
record Suggestions(List<String> tables, List<String> questions) {

    Suggestions {
        tables = List.copyOf(tables);
        questions = List.copyOf(questions);
    }
}
