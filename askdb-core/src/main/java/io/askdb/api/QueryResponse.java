package io.askdb.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The answer to one question: the outside contract of ARCHITECTURE.md (CLI {@code --json} and
 * {@code POST /api/query}), plus {@code tiers} (what each tier did and why) and {@code details}
 * (routing, complexity, semantic-cache match, failure analysis, suggestions).
 */
@JsonPropertyOrder({
    "success", "question", "sql", "tier", "strategy", "model", "columns", "rows", "rowCount", "truncated",
    "elapsedMs", "llmCalls", "promptTokens", "completionTokens", "estimatedCostUsd", "degraded", "clarification",
    "attempts", "error", "tiers", "details"
})
public record QueryResponse(
        boolean success,
        String question,
        String sql,
        TierName tier,
        Strategy strategy,
        String model,
        List<String> columns,
        List<List<Object>> rows,
        int rowCount,
        boolean truncated,
        double elapsedMs,
        int llmCalls,
        long promptTokens,
        long completionTokens,
        double estimatedCostUsd,
        boolean degraded,
        String clarification,
        List<Attempt> attempts,
        ErrorInfo error,
        List<TierReport> tiers,
        Map<String, Object> details) {

    public QueryResponse {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows;
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        details = details == null ? Map.of() : details;
    }

    /** This response as served again from the cache: same rows, new timing, no LLM spend. */
    public QueryResponse asCacheHit(String askedQuestion, double elapsed, List<TierReport> reports,
            Map<String, Object> hitDetails) {
        return new QueryResponse(success, askedQuestion, sql, TierName.CACHE, strategy, model, columns, rows,
                rowCount, truncated, elapsed, 0, 0, 0, 0.0, false, clarification, List.of(), error, reports,
                hitDetails);
    }
}
