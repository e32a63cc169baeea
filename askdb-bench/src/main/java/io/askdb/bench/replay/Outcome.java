package io.askdb.bench.replay;

import java.util.List;

/**
 * What a contestant made of one question.
 *
 * @param rows the rows it answered with; null when it failed, or when it reported only its SQL
 *     (the peer), which the replay then runs itself, outside the timing
 * @param tier which askdb tier answered ("cache", "fast_path", ...), or null for the peer
 * @param error why there is no answer, or null
 */
record Outcome(List<List<Object>> rows, String sql, String tier, String error) {

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
