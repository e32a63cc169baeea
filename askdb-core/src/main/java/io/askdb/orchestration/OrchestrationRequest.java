package io.askdb.orchestration;

import io.askdb.api.AskDbException;
import io.askdb.llm.CallRecord;
import io.askdb.llm.ComplexityAnalyzer.Complexity;
import io.askdb.llm.Difficulty;
import io.askdb.schema.linking.ValueLookup;
import io.askdb.sql.Database;
import io.askdb.sql.QueryResult;
import java.util.List;
import java.util.Optional;

/**
 * One request as the orchestration sees it: the question and its complexity reading, the database,
 * how SQL is run (the caller's guard, executor and record of attempts), and where the account of the
 * work goes. The pipeline's per-request context implements it; confined to the request's thread.
 */
public interface OrchestrationRequest {

    String question();

    /** The caller asked for both models to answer ({@code "ensemble": true}). */
    boolean ensembleRequested();

    /** The question's keyword complexity, read once per request (one input of {@link #difficulty}). */
    Complexity complexity();

    /**
     * How hard the question looks, for routing: the pipeline's estimate from the offline reading.
     * This default, for requests with no reader, is the keyword score alone.
     *
     * @param selectedTables the tables the schema selection shows the model
     */
    default Difficulty difficulty(int selectedTables) {
        return Difficulty.ofKeywords(complexity());
    }

    Database database();

    /**
     * The database's values as schema selection may consult them ("customers from California" finds the
     * table holding 'California'). This default, for requests with no value index, has none.
     */
    default ValueLookup values() {
        return ValueLookup.NONE;
    }

    /** The catalog and guard of this request; the same for every step. */
    Database.Snapshot snapshot();

    /** Guards and runs a statement; empty when the guard or the database refused it (the error is recorded). */
    Optional<Ran> run(String sql);

    /** Records an answer that could not be run at all. */
    void fail(String text, AskDbException error);

    /** The error message of the latest attempt, or an empty string when none was made. */
    String lastError();

    /** The errors of every failed attempt of this request so far, earlier tiers' included, oldest first. */
    List<AskDbException> failures();

    /** Where the orchestration notes its routing, approach, ensemble vote and failure analysis. */
    OrchestrationReport report();

    /** Adds one LLM call's spend to the request's account. */
    void recordLlmCall(CallRecord call);

    /** Reports a step as it happens (for streaming clients and logs). */
    void step(String message);

    /** A statement as it ran (after the guard's rewrite) and its rows. */
    record Ran(String sql, QueryResult rows) {}
}
