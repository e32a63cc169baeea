package io.askdb.app.server;

import io.askdb.api.QueryResponse;
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
        if (LOG.isInfoEnabled()) {
            LOG.info(line(endpoint, caller, database, r, status));
        }
    }

    /** The line, built by hand: it is written for every request, and a format string would cost more than a cache hit. */
    static String line(String endpoint, Caller caller, String database, QueryResponse r, int status) {
        StringBuilder line = new StringBuilder(256).append("query endpoint=").append(endpoint)
                .append(" status=").append(status)
                .append(" success=").append(r.success())
                .append(" tier=").append(r.tier() == null ? "-" : r.tier().wireName())
                .append(" model=").append(r.model() == null ? "-" : r.model())
                .append(" strategy=").append(r.strategy() == null ? "-" : r.strategy().wireName())
                .append(" elapsedMs=");
        decimals(line, r.elapsedMs(), 100);
        line.append(" rows=").append(r.rowCount())
                .append(" truncated=").append(r.truncated())
                .append(" llmCalls=").append(r.llmCalls())
                .append(" tokens=").append(r.promptTokens() + r.completionTokens())
                .append(" costUsd=");
        decimals(line, r.estimatedCostUsd(), 1_000_000);
        line.append(" degraded=").append(r.degraded())
                .append(" error=").append(r.error() == null ? "-" : r.error().code())
                .append(" db=").append(database)
                .append(" caller=").append(caller.name())
                .append(" question=");
        quoted(line, r.question());
        return line.toString();
    }

    /** The value rounded to {@code scale} (a power of ten) and written with all its decimals: 2.5 at 100 is "2.50". */
    private static void decimals(StringBuilder out, double value, long scale) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= Long.MAX_VALUE / scale) {
            out.append(value);
            return;
        }
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int digits = Long.toString(scale).length() - 1 - fraction.length(); digits > 0; digits--) {
            out.append('0');
        }
        out.append(fraction);
    }

    /** A pipeline step (cache miss, fast path declined, attempt failed…), at debug level. */
    static void step(String message) {
        LOG.debug("step {}", message);
    }

    private static void quoted(StringBuilder out, String question) {
        out.append('"');
        if (question != null) {
            int end = Math.min(question.length(), MAX_QUESTION);
            for (int i = 0; i < end; i++) {
                char c = question.charAt(i);
                switch (c) {
                    case '\\', '"' -> out.append('\\').append(c);
                    case '\r', '\n', '\t' -> out.append(' ');
                    default -> out.append(c);
                }
            }
            if (question.length() > MAX_QUESTION) {
                out.append('…');
            }
        }
        out.append('"');
    }
}
