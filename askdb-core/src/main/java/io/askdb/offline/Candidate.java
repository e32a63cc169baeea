package io.askdb.offline;

/**
 * One SQL answer the offline answerer proposes.
 *
 * @param sql the statement, in the target dialect, not yet guarded
 * @param confidence how likely the SQL answers the question, in [0, 1]
 * @param explanation in words, how the question was read (shown in the response)
 */
public record Candidate(String sql, double confidence, String explanation) {

    public Candidate {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
