package io.askdb.api;

/**
 * A question to answer.
 *
 * @param question the question in plain language
 * @param database the configured database name, or null for the default
 * @param offline true skips the LLM tier (as if no LLM were configured)
 * @param noCache true neither reads nor writes the caches
 * @param scope the caller's access scope (role or key name); answers are never shared across scopes
 * @param ensemble true asks both models and compares their answers (for critical questions)
 */
public record QueryRequest(
        String question, String database, boolean offline, boolean noCache, String scope, boolean ensemble) {

    public QueryRequest {
        scope = scope == null ? "" : scope;
    }

    public QueryRequest(String question, String database, boolean offline, boolean noCache, String scope) {
        this(question, database, offline, noCache, scope, false);
    }

    public static QueryRequest of(String question) {
        return new QueryRequest(question, null, false, false, "");
    }

    public QueryRequest withEnsemble(boolean value) {
        return new QueryRequest(question, database, offline, noCache, scope, value);
    }

    public QueryRequest withOffline(boolean value) {
        return new QueryRequest(question, database, value, noCache, scope, ensemble);
    }

    public QueryRequest withNoCache(boolean value) {
        return new QueryRequest(question, database, offline, value, scope, ensemble);
    }

    public QueryRequest withDatabase(String value) {
        return new QueryRequest(question, value, offline, noCache, scope, ensemble);
    }

    public QueryRequest withScope(String value) {
        return new QueryRequest(question, database, offline, noCache, value, ensemble);
    }
}
