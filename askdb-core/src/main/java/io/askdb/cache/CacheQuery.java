package io.askdb.cache;

import io.askdb.cache.semantic.EmbeddingSource;
import io.askdb.cache.semantic.SchemaTerms;
import java.util.function.Supplier;

/**
 * One request as the cache sees it.
 *
 * @param partition who may share answers: a hash of the database identity, its deny-list and the
 *     caller's scope
 * @param question the question as asked (its capitals and quotes matter to the semantic guard)
 * @param normalized the exact key's question part
 * @param embedding the question's unit embedding, computed on first use and then kept
 * @param terms the schema words of the database
 */
record CacheQuery(
        String partition, String question, String normalized, EmbeddingSource embedding, Supplier<SchemaTerms> terms) {

    /** The key of this question in levels 1 and 2. */
    String key() {
        return CacheKeys.key(partition, normalized);
    }
}
