package io.askdb.pipeline;

/**
 * A question to answer.
 *
 * @param question the question in plain language
 * @param database the configured database name, or null for the default
 * @param offline true skips the LLM tier (as if no LLM were configured)
 * @param noCache true neither reads nor writes the caches
 * @param scope the caller's access scope (role or key name); answers are never shared across scopes
 */
public record QueryRequest(String question, String database, boolean offline, boolean noCache, String scope) {

    public QueryRequest {
        scope = scope == null ? "" : scope;
    }

    public static QueryRequest of(String question) {
        return new QueryRequest(question, null, false, false, "");
    }

    public QueryRequest withOffline(boolean value) {
        return new QueryRequest(question, database, value, noCache, scope);
    }

    public QueryRequest withNoCache(boolean value) {
        return new QueryRequest(question, database, offline, value, scope);
    }

    public QueryRequest withDatabase(String value) {
        return new QueryRequest(question, value, offline, noCache, scope);
    }

    public QueryRequest withScope(String value) {
        return new QueryRequest(question, database, offline, noCache, value);
    }
}
