package io.askdb.offline;

import io.askdb.text.CueKind;

/**
 * A phrase of a question that shapes the SQL rather than naming data: "how many", "average",
 * "more than", "in descending order", "highest", "for each", "different", "not".
 *
 * @param kind what the phrase asks for
 * @param start first token index
 * @param end token index after the phrase
 * @param detail the aggregate (COUNT, AVG, SUM, MIN, MAX), operator (&gt;, &lt;, &gt;=, &lt;=, =, !=,
 *     BETWEEN, LIKE), direction (ASC, DESC) or, for a superlative or comparative, the adjective
 * @param hint for a comparative or superlative adjective, its base word ("old" for "oldest"), else empty
 */
record Cue(CueKind kind, int start, int end, String detail, String hint) {

    boolean covers(int index) {
        return index >= start && index < end;
    }
}
