package io.askdb.api;

/**
 * What one tier did for a request: {@code answered}, {@code declined} (with the reason), {@code skipped}
 * or {@code failed}, and how long it took.
 */
public record TierReport(TierName tier, String outcome, String reason, double elapsedMs) {}
