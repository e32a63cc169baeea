/**
 * The one place English is handled: the two tokenizer readings ({@link io.askdb.text.QuestionTokens}),
 * lemmas, stems and identifier splitting ({@link io.askdb.text.Words}), the named stop-word sets,
 * number words, literal words and the operator lexicon shared by the cache's signature, the offline
 * reader and complexity scoring. Knows no schema and no database; uses nothing but the JDK.
 */
package io.askdb.text;
