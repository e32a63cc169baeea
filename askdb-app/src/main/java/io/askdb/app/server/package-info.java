/**
 * {@code askdb serve}: the HTTP API (Javalin), the web page served from the jar, the Prometheus
 * endpoint, API keys and per-key rate limits. {@link io.askdb.app.server.AskDbServer} is the only
 * public type; every bad request gets a 4xx with {@code {"error": {"code", "message"}}}, and
 * exceptions become HTTP statuses in one place, {@code ErrorTable}.
 */
package io.askdb.app.server;
