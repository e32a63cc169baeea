package io.askdb.pipeline;

import java.util.Optional;

/**
 * Where successful answers are kept for the cache tier. Implementations decide keys (normalized
 * question, database identity, access scope) and levels; the pipeline only looks up and stores.
 */
public interface AnswerCache {

    /** A stored response for this request's question, if one may be served to this caller. */
    Optional<CachedAnswer> lookup(QueryContext context);

    /** Keeps a successful response; failures are never passed here. */
    void store(QueryContext context, QueryResponse response);

    /**
     * A hit: the stored response and, for a semantic hit, the earlier question it was stored under.
     */
    record CachedAnswer(QueryResponse response, String matchedQuestion, boolean semantic) {}
}
