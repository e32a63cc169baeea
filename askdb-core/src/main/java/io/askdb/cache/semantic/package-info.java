/**
 * Whether two questions mean the same, for the semantic cache level: sentence embeddings of
 * questions ({@link io.askdb.cache.semantic.QuestionEmbedder}, computed at most once per request
 * through an {@link io.askdb.cache.semantic.EmbeddingSource}) and the literal guard that similarity
 * alone cannot replace ({@link io.askdb.cache.semantic.QuestionSignature} with the database's
 * {@link io.askdb.cache.semantic.SchemaTerms}, and {@link io.askdb.cache.semantic.ValueWords}).
 * Uses schema, text and api; knows nothing of cache levels or keys.
 */
@io.askdb.api.Internal
package io.askdb.cache.semantic;
