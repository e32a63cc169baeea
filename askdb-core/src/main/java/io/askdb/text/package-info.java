/**
 * The one place English is handled: tokens, lemmas and stems, stop words, number words, operator
 * phrases, identifier splitting and synonyms. Knows no schema and no database; every package that
 * reads a question (cache, offline reader, schema linking, orchestration) uses these.
 */
package io.askdb.text;
