package io.askdb.pipeline;

import io.askdb.api.AskDbException;
import io.askdb.api.Attempt;
import io.askdb.api.ProgressListener;
import io.askdb.api.QueryRequest;
import io.askdb.cache.AnswerCache;
import io.askdb.llm.CallRecord;
import io.askdb.llm.ComplexityAnalyzer.Complexity;
import io.askdb.llm.Difficulty;
import io.askdb.schema.linking.ValueLookup;
import io.askdb.orchestration.OrchestrationReport;
import io.askdb.orchestration.OrchestrationRequest;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Database;
import io.askdb.sql.QueryPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Everything one request carries through the tiers: the question, the database, and the account
 * that becomes the response (attempts, LLM spend, and what each tier noted, each in a typed field
 * that {@link ResponseDetails} turns into the response's {@code details}). It is the request as the
 * cache ({@link AnswerCache.Request}) and the orchestration ({@link OrchestrationRequest}) see it.
 * Confined to the request's thread.
 */
final class QueryContext implements AnswerCache.Request, OrchestrationRequest {

    private final QueryRequest request;
    private final String normalizedQuestion;
    private final Complexity complexity;
    private final Database database;
    private final Database.Snapshot snapshot;
    private final ProgressListener progress;
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<AskDbException> failures = new ArrayList<>();
    private final OrchestrationReport orchestration = new OrchestrationReport();
    private int llmCalls;
    private long promptTokens;
    private long completionTokens;
    private double costUsd;
    private String lastModel;
    private float[] embedding;
    private CacheMatch cacheMatch;
    private Double fastPathConfidence;
    private Double airplaneConfidence;
    private Suggestions suggestions;
    private QueryPlan plan;
    private IntFunction<Difficulty> difficultyReader;
    private ValueLookup values = ValueLookup.NONE;

    QueryContext(QueryRequest request, String normalizedQuestion, Complexity complexity, Database database,
            Database.Snapshot snapshot, ProgressListener progress) {
        this.request = request;
        this.normalizedQuestion = normalizedQuestion;
        this.complexity = complexity;
        this.database = database;
        this.snapshot = snapshot;
        this.progress = progress;
    }

    QueryRequest request() {
        return request;
    }

    @Override
    public String question() {
        return request.question();
    }

    @Override
    public String normalizedQuestion() {
        return normalizedQuestion;
    }

    /** The caller's scope; a request for every column keeps its answers apart from the usual listings. */
    @Override
    public String scope() {
        return request.allColumns() ? request.scope() + "#all-columns" : request.scope();
    }

    @Override
    public boolean ensembleRequested() {
        return request.ensemble();
    }

    /** The question's complexity, read once when the request starts. */
    @Override
    public Complexity complexity() {
        return complexity;
    }

    /** The offline reader's difficulty estimate when the pipeline set one, else the keyword score alone. */
    @Override
    public Difficulty difficulty(int selectedTables) {
        return difficultyReader == null ? Difficulty.ofKeywords(complexity) : difficultyReader.apply(selectedTables);
    }

    @Override
    public ValueLookup values() {
        return values;
    }

    /** The value index schema selection may consult for this request, when one is ready. */
    void values(ValueLookup ready) {
        this.values = ready;
    }

    /** How this request's difficulty is read: by the offline reader of its database. */
    void difficultyReader(IntFunction<Difficulty> reader) {
        this.difficultyReader = reader;
    }

    /**
     * The question's embedding, computed by {@code embedder} the first time anyone asks (the
     * semantic cache after an exact miss, or schema linking) and shared after that: at most one
     * embedding per request. Callers must not modify the array.
     */
    @Override
    public float[] embedding(Function<String, float[]> embedder) {
        if (embedding == null) {
            embedding = embedder.apply(question());
        }
        return embedding;
    }

    @Override
    public Optional<float[]> computedEmbedding() {
        return Optional.ofNullable(embedding);
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public Database.Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public SchemaCatalog catalog() {
        return snapshot.catalog();
    }

    // ---- attempts ----

    @Override
    public Optional<Ran> run(String sql) {
        return SqlRunner.run(this, sql).map(r -> new Ran(r.sql(), r.result()));
    }

    @Override
    public void fail(String text, AskDbException error) {
        recordAttempt(text, error);
    }

    /** Records one SQL that was tried; {@code error} is null when it ran. */
    void recordAttempt(String sql, AskDbException error) {
        String message = error == null ? null : error.getMessage();
        attempts.add(new Attempt(sql, message));
        if (error != null) {
            failures.add(error);
        }
        String done = request.dryRun() ? " planned (dry run, not executed)" : " ran";
        progress.step("attempt " + attempts.size() + (error == null ? done : " failed: " + message));
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public List<AskDbException> failures() {
        return List.copyOf(failures);
    }

    @Override
    public String lastError() {
        return attempts.isEmpty() ? "" : String.valueOf(attempts.get(attempts.size() - 1).error());
    }

    // ---- LLM spend ----

    @Override
    public void recordLlmCall(CallRecord call) {
        llmCalls++;
        promptTokens += call.promptTokens();
        completionTokens += call.completionTokens();
        costUsd += call.estimatedCostUsd();
        lastModel = call.model();
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

    // ---- what the tiers noted ----

    @Override
    public OrchestrationReport report() {
        return orchestration;
    }

    /** How the cache tier found its answer; empty when it found none (or what it found no longer runs). */
    Optional<CacheMatch> cacheMatch() {
        return Optional.ofNullable(cacheMatch);
    }

    void cacheMatch(CacheMatch value) {
        this.cacheMatch = value;
    }

    Optional<Double> fastPathConfidence() {
        return Optional.ofNullable(fastPathConfidence);
    }

    void fastPathConfidence(double value) {
        this.fastPathConfidence = value;
    }

    Optional<Double> airplaneConfidence() {
        return Optional.ofNullable(airplaneConfidence);
    }

    void airplaneConfidence(double value) {
        this.airplaneConfidence = value;
    }

    /** What airplane mode offered when it could not answer. */
    Optional<Suggestions> suggestions() {
        return Optional.ofNullable(suggestions);
    }

    void suggestions(Suggestions value) {
        this.suggestions = value;
    }

    /** The database's plan of the latest statement a dry run let through; empty outside dry runs. */
    Optional<QueryPlan> plan() {
        return Optional.ofNullable(plan);
    }

    void plan(QueryPlan value) {
        this.plan = value;
    }

    /** Reports a step as it happens (for streaming clients and logs). */
    @Override
    public void step(String message) {
        progress.step(message);
    }
}
