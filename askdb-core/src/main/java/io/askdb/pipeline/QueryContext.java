package io.askdb.pipeline;

import io.askdb.api.QueryRequest;
import io.askdb.api.Attempt;
import io.askdb.api.ProgressListener;
import io.askdb.sql.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything one request carries through the tiers: the question, the database, and the account
 * that becomes the response (attempts, LLM spend, details). Confined to the request's thread,
 * except {@link #details()}, which progress listeners may read.
 */
public final class QueryContext {

    private final QueryRequest request;
    private final String normalizedQuestion;
    private final Database database;
    private final Database.Snapshot snapshot;
    private final ProgressListener progress;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Object> details = Collections.synchronizedMap(new LinkedHashMap<>());
    private int llmCalls;
    private long promptTokens;
    private long completionTokens;
    private double costUsd;
    private String lastModel;
    private float[] embedding;

    QueryContext(QueryRequest request, String normalizedQuestion, Database database, Database.Snapshot snapshot,
            ProgressListener progress) {
        this.request = request;
        this.normalizedQuestion = normalizedQuestion;
        this.database = database;
        this.snapshot = snapshot;
        this.progress = progress;
    }

    public QueryRequest request() {
        return request;
    }

    public String question() {
        return request.question();
    }

    /** The question after normalization: the exact cache key's question part. */
    public String normalizedQuestion() {
        return normalizedQuestion;
    }

    /**
     * The question's embedding, computed by {@code embedder} the first time anyone asks (the
     * semantic cache after an exact miss, or schema linking) and shared after that: at most one
     * embedding per request. Callers must not modify the array.
     */
    public float[] embedding(Function<String, float[]> embedder) {
        if (embedding == null) {
            embedding = embedder.apply(question());
        }
        return embedding;
    }

    /** The embedding if some step already computed it. */
    public Optional<float[]> computedEmbedding() {
        return Optional.ofNullable(embedding);
    }

    public Database database() {
        return database;
    }

    /** The catalog and guard for this request; the same for all of its tiers. */
    public Database.Snapshot snapshot() {
        return snapshot;
    }

    public void recordAttempt(String sql, String error) {
        attempts.add(new Attempt(sql, error));
        progress.step("attempt " + attempts.size() + (error == null ? " ran" : " failed: " + error));
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The error of the latest attempt, or an empty string when none was made. */
    public String lastError() {
        return attempts.isEmpty() ? "" : String.valueOf(attempts.get(attempts.size() - 1).error());
    }

    /** Adds the spend of one LLM call to the request's account. */
    public void recordLlmCall(String model, long prompt, long completion, double cost) {
        llmCalls++;
        promptTokens += prompt;
        completionTokens += completion;
        costUsd += cost;
        lastModel = model;
    }

    public void detail(String key, Object value) {
        details.put(key, value);
    }

    public Map<String, Object> details() {
        return details;
    }

    /** Reports a step as it happens (for streaming clients and logs). */
    public void step(String message) {
        progress.step(message);
    }

    int llmCalls() {
        return llmCalls;
    }

    long promptTokens() {
        return promptTokens;
    }

    long completionTokens() {
        return completionTokens;
    }

    double costUsd() {
        return costUsd;
    }

    String lastModel() {
        return lastModel;
    }
}
