package io.askdb.bench.workload;

import java.util.Locale;

/** Which of a template's two phrasing sets a stream asks with. */
public enum Phrasings {
    /** The template's own words: the questions the fast path and the cache were tuned against. */
    TEMPLATES,
    /** How people ask: synonyms, column names left unsaid, casual word order; written apart. */
    PEOPLE;

    public static Phrasings of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
