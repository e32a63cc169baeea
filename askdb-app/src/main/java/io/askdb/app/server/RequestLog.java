package io.askdb.app.server;

import io.askdb.api.QueryResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per answered question, as {@code key=value} pairs that log tools parse
 * without a pattern: tier, model, time, rows, LLM calls, cost, outcome, database and caller name
 * (never a key). Each pipeline step goes to the debug level.
 */
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final int MAX_QUESTION = 120;

    private RequestLog() {}

    static void answered(String endpoint, Caller caller, String database, QueryResponse r, int status) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(String.format(Locale.ROOT,
                "query endpoint=%s status=%d success=%s tier=%s model=%s strategy=%s elapsedMs=%.2f rows=%d "
                        + "truncated=%s llmCalls=%d tokens=%d costUsd=%.6f degraded=%s error=%s db=%s caller=%s question=%s",
                endpoint, status, r.success(), r.tier() == null ? "-" : r.tier().wireName(),
                r.model() == null ? "-" : r.model(), r.strategy() == null ? "-" : r.strategy().wireName(),
                r.elapsedMs(), r.rowCount(), r.truncated(), r.llmCalls(), r.promptTokens() + r.completionTokens(),
                r.estimatedCostUsd(), r.degraded(), r.error() == null ? "-" : r.error().code(), database,
                caller.name(), quoted(r.question())));
    }

    /** A pipeline step (cache miss, fast path declined, attempt failed…), at debug level. */
    static void step(String message) {
        LOG.debug("step {}", message);
    }

    private static String quoted(String question) {
        if (question == null) {
            return "\"\"";
        }
        String shortened = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) + "…" : question;
        return '"' + shortened.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t]", " ") + '"';
    }
}
