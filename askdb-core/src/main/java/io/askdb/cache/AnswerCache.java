package io.askdb.cache;

import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Database;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where successful answers are kept for the cache tier. Implementations decide keys (normalized
 * question, database identity, access scope) and levels; the pipeline only looks up and stores.
 * A request looks in two stages. The exact stage comes first and costs microseconds: {@link #lookup}
 * (complete responses) and, on a miss, {@link #lookupSql} (SQL that answered this question before,
 * run again for fresh rows). The similar stage ({@link #lookupSimilar}, {@link #lookupSimilarSql})
 * embeds the question, which costs milliseconds, so the pipeline asks it only for a question the
 * fast path did not answer, and only after both exact lookups missed.
 */
public interface AnswerCache {

    /** A stored response for this request's exact question, if one may be served to this caller. */
    Optional<CachedAnswer> lookup(Request request);

    /** SQL stored for this request's exact question, to run again through the guard; none by default. */
    default Optional<CachedSql> lookupSql(Request request) {
        return Optional.empty();
    }

    /**
     * A stored response for a question that means the same and names the same values; none by
     * default. Asked only after {@link #lookup} and {@link #lookupSql} missed for the request.
     */
    default Optional<CachedAnswer> lookupSimilar(Request request) {
        return Optional.empty();
    }

    /** SQL stored for a question that means the same; none by default. Asked after {@link #lookupSimilar} missed. */
    default Optional<CachedSql> lookupSimilarSql(Request request) {
        return Optional.empty();
    }

    /**
     * Keeps a successful response; failures are never passed here. A response whose tier is
     * {@link TierName#CACHE} came from stored SQL run again: only its rows are new.
     */
    void store(Request request, QueryResponse response);

    /**
     * One request as the cache sees it: what the keys are made of, and the question's embedding,
     * computed at most once per request. The pipeline's per-request context implements it.
     */
    interface Request {

        /** The question as asked (its capitals and quotes matter to the semantic guard). */
        String question();

        /** The question after normalization: the exact key's question part. */
        String normalizedQuestion();

        Database database();

        /** The caller's access scope; answers are shared only within one. */
        String scope();

        /** The catalog this request reads; its words help tell literal values from schema names. */
        SchemaCatalog catalog();

        /** The embedding, computed with {@code embedder} on the first call of the request and kept. */
        float[] embedding(Function<String, float[]> embedder);

        /** The embedding if some step of the request already computed it; never computes it. */
        Optional<float[]> computedEmbedding();
    }

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
