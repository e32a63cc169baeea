package io.askdb.pipeline;

import io.askdb.api.TierName;
import io.askdb.api.Strategy;
import io.askdb.api.QueryResponse;
import java.util.Optional;

/**
 * Where successful answers are kept for the cache tier. Implementations decide keys (normalized
 * question, database identity, access scope) and levels; the pipeline only looks up and stores.
 * The tier asks {@link #lookup} first (complete responses) and, on a miss, {@link #lookupSql}
 * (SQL that answered this question before, run again for fresh rows).
 */
public interface AnswerCache {

    /** A stored response for this request's question, if one may be served to this caller. */
    Optional<CachedAnswer> lookup(QueryContext context);

    /** SQL stored for this request's question, to run again through the guard; none by default. */
    default Optional<CachedSql> lookupSql(QueryContext context) {
        return Optional.empty();
    }

    /**
     * Keeps a successful response; failures are never passed here. A response whose tier is
     * {@link TierName#CACHE} came from stored SQL run again: only its rows are new.
     */
    void store(QueryContext context, QueryResponse response);

    /**
     * A hit: the stored response and, for a semantic hit, the earlier question it was stored under.
     */
    record CachedAnswer(QueryResponse response, String matchedQuestion, boolean semantic) {}

    /**
     * Stored SQL for an earlier question (the same one, or a semantically matched one) and how it
     * was first made.
     */
    record CachedSql(String sql, Strategy strategy, String model, String matchedQuestion, boolean semantic) {}
}
