package io.askdb.pipeline;

/**
 * How the cache tier found its answer, for the response's {@code details.cache}.
 *
 * @param level {@code results} (a stored response) or {@code sql} (stored SQL run again)
 * @param semantic matched a different question of the same meaning, not the same question
 * @param matchedQuestion the stored question; shown only for a semantic match
 */
record CacheMatch(String level, boolean semantic, String matchedQuestion) {}
