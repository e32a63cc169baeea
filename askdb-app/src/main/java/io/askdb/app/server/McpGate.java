package io.askdb.app.server;

import io.askdb.api.ErrorInfo;
import io.askdb.app.Json;
import io.askdb.metrics.AskDbMeters;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The door of {@code /mcp}: the same API-key check and per-caller rate limit as every {@code /api}
 * request, in front of the MCP transport servlet (which Javalin's own before-handlers do not reach).
 * A refused request gets askdb's JSON error with the status of {@link ErrorTable}.
 */
final class McpGate implements Filter {

    private final AskDbServer.Admission admission;
    private final AskDbMeters meters;

    McpGate(AskDbServer.Admission admission, AskDbMeters meters) {
        this.admission = admission;
        this.meters = meters;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            admission.admit(request);
        } catch (ApiException e) {
            meters.error(e.code());
            e.headers().forEach(response::setHeader);
            response.setStatus(ErrorTable.status(e.code()));
            response.setContentType("application/json");
            response.getOutputStream().write(Json.compact(Map.of("error", new ErrorInfo(e.code(), e.getMessage())))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, res);
    }
}
