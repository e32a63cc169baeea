package io.askdb.app.server;

import io.askdb.AskDb;
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

    QueryEndpoint(AskDb askdb, QueryInput input) {
        this.askdb = askdb;
        this.input = input;
    }

    void ask(Context ctx) throws IOException {
        QueryRequest request = input.parse(ctx);
        QueryResponse response = askdb.ask(request, RequestLog::step);
        int status = ErrorTable.status(response);
        RequestLog.answered(ctx.path(), AccessControl.caller(ctx), request.database(), response, status);
        if (status == 503) {
            // A dependency is down and its breaker answers for it: it tries again well within a second.
            ctx.header("Retry-After", AdmissionGate.RETRY_AFTER_SECONDS);
        }
        ctx.status(status).json(response);
    }

    void stream(Context ctx) throws IOException {
        QueryRequest request = input.parse(ctx);
        EventStream events = EventStream.open(ctx.res());
        QueryResponse response = askdb.ask(request, message -> {
            RequestLog.step(message);
            events.step(message);
        });
        RequestLog.answered(ctx.path(), AccessControl.caller(ctx), request.database(), response, 200);
        events.send("result", response);
    }
}
