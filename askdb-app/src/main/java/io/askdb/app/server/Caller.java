package io.askdb.app.server;

/**
 * Who sent a request: the API key's name (never the key), or {@link #ANONYMOUS} when the API is open.
 *
 * @param name the key's name, used as the request's cache scope and in logs
 * @param admin whether the caller may administer the caches
 * @param scope the access scope passed to the pipeline; answers are never shared across scopes
 */
record Caller(String name, boolean admin, String scope) {

    /** Anyone, when no API keys are configured: one shared scope, full rights. */
    static final Caller ANONYMOUS = new Caller("anonymous", true, "");
}
