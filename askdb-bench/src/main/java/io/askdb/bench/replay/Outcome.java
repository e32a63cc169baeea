package io.askdb.bench.replay;

import java.util.List;

/**
 * What a contestant made of one question.
 *
 * @param rows the rows it answered with; null when it failed, or when it reported only its SQL
 *     (the peer), which the replay then runs itself, outside the timing
 * @param tier which askdb tier answered ("cache", "fast_path", ...), or null for the peer
 * @param error why there is no answer, or null
 * @param routing where askdb's routing sent the question, or null when no routing took place
 */
record Outcome(List<List<Object>> rows, String sql, String tier, String error, Routing routing) {

    /**
     * askdb's routing decision for a question that reached the orchestration.
     *
     * @param score the routing's difficulty score, NaN when the response gives none
     */
    record Routing(String model, boolean complex, double score, String reasoning) {}

    Outcome(List<List<Object>> rows, String sql, String tier, String error) {
        this(rows, sql, tier, error, null);
    }

    static Outcome failed(String error) {
        return new Outcome(null, null, null, error);
    }

    static Outcome bySql(String sql) {
        return new Outcome(null, sql, null, null);
    }

    boolean answered() {
        return error == null;
    }
}
