/**
 * Schema linking, shared by the offline reader and the orchestration: {@code SchemaPhrases} indexes
 * the names of a catalog, {@link io.askdb.schema.linking.SchemaLinker} links a question's phrases to
 * tables, columns and values through it,
 * {@link io.askdb.schema.linking.SchemaSelector} picks the tables a prompt needs, by their names and
 * by the values a question names ({@code ValueEvidence}). Both compare lemmas of split identifiers
 * and follow foreign keys; a noun nothing else places is linked by meaning with the in-process
 * all-MiniLM-L6-v2 embeddings ({@code PhraseVectors}). Uses {@code io.askdb.schema} and {@code
 * io.askdb.text} only; values come in through {@link io.askdb.schema.linking.ValueLookup}.
 */
@io.askdb.api.Internal
package io.askdb.schema.linking;
