package io.askdb.orchestration;

import java.util.List;

/**
 * The ensemble vote: whether both models' SQL returned the same rows, and each candidate.
 *
 * @param agreement both candidates ran and returned the same rows (in any order)
 */
public record EnsembleReport(boolean agreement, List<Candidate> candidates) {

    public EnsembleReport {
        candidates = List.copyOf(candidates);
    }

    /**
     * One model's candidate.
     *
     * @param sql the SQL as it ran, or null when it did not run
     * @param error why it did not run, or null
     */
    public record Candidate(String model, String sql, boolean ran, int rowCount, String error) {}
}
