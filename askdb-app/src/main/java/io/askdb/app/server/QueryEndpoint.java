package io.askdb.app.server;

import io.askdb.AskDb;
import io.askdb.metrics.QueryMetrics;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * {@code POST /api/query} (the response object as JSON) and {@code POST /api/query/stream} (each
 * pipeline step as a server-sent event, then the response object as the {@code result} event).
 */
final class QueryEndpoint {

    private final AskDb askdb;
    private final QueryInput input;
    private final QueryMetrics metrics;

    QueryEndpoint(AskDb askdb, QueryInput input, QueryMetrics metrics) {
        this.askdb = askdb;
        this.input = input;
        this.metrics = metrics;
    }

    void ask(Context ctx) throws IOException {
        QueryRequest request = input.parse(ctx);
        QueryResponse response = askdb.ask(request, RequestLog::step);
        int status = ErrorTable.status(response);
        record(ctx, request, response, status);
        ctx.status(status).json(response);
    }

    void stream(Context ctx) throws IOException {
        QueryRequest request = input.parse(ctx);
        EventStream events = EventStream.open(ctx.res());
        QueryResponse response = askdb.ask(request, message -> {
            RequestLog.step(message);
            events.step(message);
        });
        record(ctx, request, response, 200);
        events.send("result", response);
    }

    private void record(Context ctx, QueryRequest request, QueryResponse response, int status) {
        metrics.record(response);
        RequestLog.answered(ctx.path(), AccessControl.caller(ctx), request.database(), response, status);
    }
}
