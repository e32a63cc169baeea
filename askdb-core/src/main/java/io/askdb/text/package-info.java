/**
 * The one place English is handled: the two tokenizer readings ({@link io.askdb.text.QuestionTokens}),
 * lemmas, stems and identifier splitting ({@link io.askdb.text.Words}), the named stop-word sets,
 * number words, literal words and the operator lexicon shared by the cache's signature, the offline
 * reader and complexity scoring, the phrases that make a question hard ({@link io.askdb.text.ShapeWords}), and the question normalizer that makes the exact cache key
 * ({@link io.askdb.text.QuestionNormalizer}), and the sentence model that embeds questions and
 * schema words ({@link io.askdb.text.Embeddings}). Knows no schema and no database.
 */
@io.askdb.api.Internal
package io.askdb.text;
