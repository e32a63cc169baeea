package io.askdb.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an answer's SQL was made, by its name in the response object. */
public enum Strategy {
    DIRECT("direct"),
    ITERATIVE_REFINEMENT("iterative_refinement"),
    DECOMPOSITION("decomposition"),
    CLARIFICATION("clarification"),
    TEMPLATE("template");

    private final String wireName;

    Strategy(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
