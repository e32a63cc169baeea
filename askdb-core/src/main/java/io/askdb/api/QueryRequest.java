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
 * @param dryRun true answers with the SQL and the database's plan, and runs nothing
 * @param conversationId groups follow-up questions; null for a question on its own
 * @param allColumns true lists every readable column of the rows; false (the default) shows the
 *     columns that identify and describe them, without surrogate GUIDs or row-maintenance timestamps
 */
public record QueryRequest(
        String question, String database, boolean offline, boolean noCache, String scope, boolean ensemble,
        boolean dryRun, String conversationId, boolean allColumns) {

    public QueryRequest {
        scope = scope == null ? "" : scope;
    }

    public QueryRequest(String question, String database, boolean offline, boolean noCache, String scope,
            boolean ensemble, boolean dryRun, String conversationId) {
        this(question, database, offline, noCache, scope, ensemble, dryRun, conversationId, false);
    }

    public QueryRequest(String question, String database, boolean offline, boolean noCache, String scope,
            boolean ensemble) {
        this(question, database, offline, noCache, scope, ensemble, false, null);
    }

    public QueryRequest(String question, String database, boolean offline, boolean noCache, String scope) {
        this(question, database, offline, noCache, scope, false);
    }

    public static QueryRequest of(String question) {
        return new QueryRequest(question, null, false, false, "");
    }

    public QueryRequest withEnsemble(boolean value) {
        return new QueryRequest(question, database, offline, noCache, scope, value, dryRun, conversationId, allColumns);
    }

    public QueryRequest withOffline(boolean value) {
        return new QueryRequest(question, database, value, noCache, scope, ensemble, dryRun, conversationId, allColumns);
    }

    public QueryRequest withNoCache(boolean value) {
        return new QueryRequest(question, database, offline, value, scope, ensemble, dryRun, conversationId, allColumns);
    }

    public QueryRequest withDatabase(String value) {
        return new QueryRequest(question, value, offline, noCache, scope, ensemble, dryRun, conversationId, allColumns);
    }

    public QueryRequest withScope(String value) {
        return new QueryRequest(question, database, offline, noCache, value, ensemble, dryRun, conversationId, allColumns);
    }

    public QueryRequest withDryRun(boolean value) {
        return new QueryRequest(question, database, offline, noCache, scope, ensemble, value, conversationId, allColumns);
    }

    public QueryRequest withConversationId(String value) {
        return new QueryRequest(question, database, offline, noCache, scope, ensemble, dryRun, value, allColumns);
    }

    public QueryRequest withAllColumns(boolean value) {
        return new QueryRequest(question, database, offline, noCache, scope, ensemble, dryRun, conversationId, value);
    }

    /** The same request for another wording of the question (a follow-up read in full). */
    public QueryRequest withQuestion(String value) {
        return new QueryRequest(value, database, offline, noCache, scope, ensemble, dryRun, conversationId, allColumns);
    }
}
