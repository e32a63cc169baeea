package io.askdb.offline;

import java.util.List;

/**
 * One SQL answer the offline answerer proposes.
 *
 * @param sql the statement, in the target dialect, not yet guarded
 * @param confidence how likely the SQL answers the question, in [0, 1]
 * @param explanation in words, how the question was read (shown in the response)
 * @param unplaced the parts of the question the reading could not place, as written ("June", "never")
 */
public record Candidate(String sql, double confidence, String explanation, List<String> unplaced) {

    public Candidate {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
    }

    public Candidate(String sql, double confidence, String explanation) {
        this(sql, confidence, explanation, List.of());
    }
}
