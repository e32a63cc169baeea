package io.askdb.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The four tiers, by their names in the response object. */
public enum TierName {
    CACHE("cache"),
    FAST_PATH("fast_path"),
    ORCHESTRATION("orchestration"),
    AIRPLANE("airplane");

    private final String wireName;

    TierName(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
