package io.askdb.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The answer to one question: the outside contract of ARCHITECTURE.md (CLI {@code --json} and
 * {@code POST /api/query}), plus {@code tiers} (what each tier did and why) and {@code details}
 * (routing, complexity, semantic-cache match, failure analysis, suggestions).
 *
 * <p>{@code refused} is true when askdb refused the question itself (then {@code tier} is null);
 * {@code confidence} is the offline tiers' score of their reading (null for other tiers) and
 * {@code unplaced} the parts of the question that reading could not place; {@code dryRun} answers
 * carry the database's own {@code plan} and no rows; {@code conversationId} and
 * {@code resolvedQuestion} tell how a follow-up was read.
 */
@JsonPropertyOrder({
    "success", "question", "sql", "tier", "strategy", "model", "columns", "rows", "rowCount", "truncated",
    "elapsedMs", "llmCalls", "promptTokens", "completionTokens", "estimatedCostUsd", "degraded", "clarification",
    "attempts", "error", "refused", "confidence", "unplaced", "dryRun", "plan", "conversationId",
    "resolvedQuestion", "tiers", "details"
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
        Map<String, Object> details,
        boolean refused,
        Double confidence,
        List<String> unplaced,
        boolean dryRun,
        Map<String, Object> plan,
        String conversationId,
        String resolvedQuestion) {

    public QueryResponse {
        columns = columns == null ? List.of() : List.copyOf(columns);
        // A dry run ran nothing: its rows are null (not an empty result), as the contract says.
        rows = dryRun ? null : rows == null ? List.of() : rows;
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        details = details == null ? Map.of() : details;
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
    }

    /** An answer without the optional parts (not refused, no confidence, no plan, no conversation). */
    public QueryResponse(boolean success, String question, String sql, TierName tier, Strategy strategy,
            String model, List<String> columns, List<List<Object>> rows, int rowCount, boolean truncated,
            double elapsedMs, int llmCalls, long promptTokens, long completionTokens, double estimatedCostUsd,
            boolean degraded, String clarification, List<Attempt> attempts, ErrorInfo error,
            List<TierReport> tiers, Map<String, Object> details) {
        this(success, question, sql, tier, strategy, model, columns, rows, rowCount, truncated, elapsedMs,
                llmCalls, promptTokens, completionTokens, estimatedCostUsd, degraded, clarification, attempts,
                error, tiers, details, false, null, List.of(), false, null, null, null);
    }

    /** This response marked as askdb's own refusal: no tier, no steps. */
    public QueryResponse asRefusal() {
        return new QueryResponse(false, question, sql, null, strategy, model, columns, rows, rowCount, truncated,
                elapsedMs, llmCalls, promptTokens, completionTokens, estimatedCostUsd, degraded, clarification,
                attempts, error, List.of(), details, true, null, List.of(), dryRun, plan, conversationId,
                resolvedQuestion);
    }

    /** This response with the offline reading's confidence and what it could not place. */
    public QueryResponse withConfidence(Double value, List<String> notPlaced) {
        return new QueryResponse(success, question, sql, tier, strategy, model, columns, rows, rowCount,
                truncated, elapsedMs, llmCalls, promptTokens, completionTokens, estimatedCostUsd, degraded,
                clarification, attempts, error, tiers, details, refused, value, notPlaced, dryRun, plan,
                conversationId, resolvedQuestion);
    }

    /** This response as a dry run: the database's plan, no rows. */
    public QueryResponse asDryRun(Map<String, Object> databasePlan) {
        return new QueryResponse(success, question, sql, tier, strategy, model, columns, null, 0, false,
                elapsedMs, llmCalls, promptTokens, completionTokens, estimatedCostUsd, degraded, clarification,
                attempts, error, tiers, details, refused, confidence, unplaced, true, databasePlan,
                conversationId, resolvedQuestion);
    }

    /** This response as the answer to a turn of a conversation. */
    public QueryResponse withConversation(String id, String resolved) {
        return new QueryResponse(success, question, sql, tier, strategy, model, columns, rows, rowCount,
                truncated, elapsedMs, llmCalls, promptTokens, completionTokens, estimatedCostUsd, degraded,
                clarification, attempts, error, tiers, details, refused, confidence, unplaced, dryRun, plan, id,
                resolved);
    }

    /** This response as served again from the cache: same rows, new timing, no LLM spend. */
    public QueryResponse asCacheHit(String askedQuestion, double elapsed, List<TierReport> reports,
            Map<String, Object> hitDetails) {
        return new QueryResponse(success, askedQuestion, sql, TierName.CACHE, strategy, model, columns, rows,
                rowCount, truncated, elapsed, 0, 0, 0, 0.0, false, clarification, List.of(), error, reports,
                hitDetails, refused, confidence, unplaced, dryRun, plan, conversationId, resolvedQuestion);
    }
}
