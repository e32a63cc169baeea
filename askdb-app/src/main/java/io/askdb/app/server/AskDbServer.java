package io.askdb.app.server;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.AskDb;
import io.askdb.app.Json;
import io.askdb.app.mcp.McpServers;
import io.askdb.app.mcp.McpTools;
import io.modelcontextprotocol.common.McpTransportContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletHolder;
import io.askdb.config.ServerSettings;
import io.askdb.metrics.AskDbMeters;
import io.askdb.api.ErrorInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * askdb over HTTP: the JSON API, MCP at {@code /mcp}, the web page, {@code /metrics},
 * {@code /health} and {@code /openapi.json}, on one Javalin server.
 *
 * <pre>{@code
 * try (AskDb askdb = AskDb.builder().config(config).build();
 *      AskDbServer server = AskDbServer.start(askdb, config.server(), "0.0.0.0", 8080)) {
 *     ...
 * }
 * }</pre>
 *
 * Every {@code /api} and {@code /mcp} request passes the API-key check and the caller's rate limit
 * first; questions then pass the bounded queue ({@link AdmissionGate}). The server does not own the
 * {@link AskDb}: closing the server leaves it open.
 */
public final class AskDbServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AskDbServer.class);
    private static final String WEB = "/io/askdb/app/server/web";
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** MCP over streamable HTTP, behind the same keys and rate limit as {@code /api}. */
    static final String MCP_PATH = "/mcp";
    private static final int[] FRAMEWORK_STATUSES = {400, 404, 405, 413, 500};

    private final Javalin app;
    private final PrometheusMeterRegistry registry;
    private final McpServers.Http mcp;
    private final List<String> routes;

    private AskDbServer(Javalin app, PrometheusMeterRegistry registry, McpServers.Http mcp, List<String> routes) {
        this.app = app;
        this.registry = registry;
        this.mcp = mcp;
        this.routes = List.copyOf(routes);
    }

    /** The routes this server answers besides the web page's files, as {@code "GET /api/schema"}. */
    List<String> routes() {
        return routes;
    }

    /** Starts serving; port 0 picks a free port (see {@link #port()}). */
    public static AskDbServer start(AskDb askdb, ServerSettings settings, String host, int port) {
        return start(askdb, settings, host, port, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /**
     * Starts serving with {@code registry} behind {@code /metrics}: the JVM's meters, the pools' and
     * every meter of the {@link AskDb} (which may already publish to it: {@code serve} passes the same
     * registry to {@code AskDb.builder().meterRegistry(...)}).
     */
    public static AskDbServer start(AskDb askdb, ServerSettings settings, String host, int port,
            PrometheusMeterRegistry registry) {
        return start(askdb, settings, host, port, Ticker.systemTicker(), registry);
    }

    static AskDbServer start(AskDb askdb, ServerSettings settings, String host, int port, Ticker ticker) {
        return start(askdb, settings, host, port, ticker, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    private static AskDbServer start(AskDb askdb, ServerSettings settings, String host, int port, Ticker ticker,
            PrometheusMeterRegistry registry) {
        Objects.requireNonNull(askdb, "askdb");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        AskDbMeters meters = askdb.meters().publishTo(registry);
        askdb.bindPoolMetrics(registry);

        AccessControl access = new AccessControl(settings);
        RateLimiter limiter = new RateLimiter(settings.rateLimitPerMinute(), ticker);
        QueryInput input = new QueryInput(askdb.config().pipeline().maxQuestionLength(), askdb.databaseNames());
        QueryEndpoint query = new QueryEndpoint(askdb, input);
        CatalogEndpoints catalog = new CatalogEndpoints(askdb, input);
        CacheEndpoints cache = new CacheEndpoints(askdb.cache());
        KnowledgeEndpoints knowledge = new KnowledgeEndpoints(askdb, input, access);
        byte[] openApi = resource(WEB + "/openapi.json");
        Admission admission = request -> admit(request, access, limiter);
        McpServers.Http mcp = McpServers.http(askdb, MCP_PATH, (int) MAX_REQUEST_BYTES,
                request -> McpTransportContext.create(Map.of(McpTools.SCOPE, AccessControl.caller(request).scope())));

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.modifyServletContextHandler(handler -> {
                ServletHolder servlet = new ServletHolder("mcp", mcp.servlet());
                servlet.setAsyncSupported(true);
                handler.addServlet(servlet, MCP_PATH);
                FilterHolder gate = new FilterHolder(new McpGate(admission, meters));
                gate.setAsyncSupported(true);
                handler.addFilter(gate, MCP_PATH, EnumSet.of(DispatcherType.REQUEST));
            });
        });
        app.before(AskDbServer::securityHeaders);
        app.before("/api/*", ctx -> admission.admit(ctx.req()));
        List<String> routes = new ArrayList<>();
        AdmissionGate gate = new AdmissionGate(settings.admission(), askdb.config().pipeline().requestTimeout());
        route(app, routes, HandlerType.POST, "/api/query", ctx -> gate.run(ctx, query::ask));
        route(app, routes, HandlerType.POST, "/api/query/stream", ctx -> gate.run(ctx, query::stream));
        route(app, routes, HandlerType.GET, "/api/databases", catalog::databases);
        route(app, routes, HandlerType.GET, "/api/schema", catalog::schema);
        route(app, routes, HandlerType.GET, "/api/knowledge", knowledge::list);
        route(app, routes, HandlerType.POST, "/api/knowledge", knowledge::add);
        route(app, routes, HandlerType.GET, "/api/cache/stats", cache::stats);
        route(app, routes, HandlerType.POST, "/api/cache/clear", cache::clear);
        route(app, routes, HandlerType.POST, "/api/cache/invalidate", cache::invalidate);
        route(app, routes, HandlerType.GET, "/health", catalog::health);
        route(app, routes, HandlerType.GET, "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        route(app, routes, HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        // MCP's streamable HTTP transport: a servlet beside Javalin's routes (POST messages, GET a stream, DELETE a session).
        for (String method : List.of("POST", "GET", "DELETE")) {
            routes.add(method + " " + MCP_PATH);
        }
        app.exception(Exception.class, (e, ctx) -> fail(e, ctx, meters));
        for (int status : FRAMEWORK_STATUSES) {
            app.error(status, ctx -> jsonError(ctx, meters));
        }
        app.start(host, port);
        LOG.info("askdb serving on http://{}:{} — databases {}; {}; rate limit {}", host, app.port(),
                Databases.ordered(askdb.databaseNames()), describeKeys(settings),
                limiter.enabled() ? settings.rateLimitPerMinute() + "/min per caller" : "off");
        if (access.knowledgeWritesOpen()) {
            LOG.warn("ASKDB_API_KEYS is not set: anyone who can reach port {} may ask questions, clear the cache"
                    + " and add knowledge that steers the LLM (ASKDB_OPEN_KNOWLEDGE_WRITES=true)", app.port());
        } else if (access.open()) {
            LOG.warn("ASKDB_API_KEYS is not set: anyone who can reach port {} may ask questions and clear the cache;"
                    + " knowledge writes are refused until an admin key is configured (or ASKDB_OPEN_KNOWLEDGE_WRITES=true)",
                    app.port());
        }
        return new AskDbServer(app, registry, mcp, routes);
    }

    /** Lets a request in or throws the ApiException that refuses it (UNAUTHORIZED, RATE_LIMITED). */
    interface Admission {
        void admit(HttpServletRequest request);
    }

    /** Registers a handler and notes its route, so {@code /openapi.json} can be checked against the routes served. */
    private static void route(Javalin app, List<String> routes, HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        routes.add(method.name() + " " + path);
    }

    /** Authenticates the caller, then takes one token from its rate-limit bucket. */
    private static void admit(HttpServletRequest ctx, AccessControl access, RateLimiter limiter) {
        Caller caller = access.authenticate(ctx);
        long waitSeconds = limiter.acquire(access.open() ? "address:" + ctx.getRemoteAddr() : "key:" + caller.name());
        if (waitSeconds > 0) {
            LOG.info("rate limit: refused {} {} for '{}', retry in {} s", ctx.getMethod(), ctx.getRequestURI(), caller.name(), waitSeconds);
            throw new ApiException("RATE_LIMITED", "too many requests; try again in " + waitSeconds + " s",
                    Map.of("Retry-After", Long.toString(waitSeconds)));
        }
    }

    /** The one exception handler: a JSON error with the status of {@link ErrorTable}, never a stack trace. */
    private static void fail(Exception e, Context ctx, AskDbMeters meters) {
        ErrorInfo error = ErrorTable.errorOf(e);
        meters.error(error.code());
        if (!ErrorTable.expected(e)) {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        }
        if (ctx.res().isCommitted()) {
            return; // a stream already started; its client sees the stream end without a result
        }
        if (e instanceof ApiException api) {
            api.headers().forEach(ctx::header);
        }
        ctx.status(ErrorTable.status(error.code())).json(Map.of("error", error));
    }

    /**
     * Statuses the web framework sets without an exception reaching {@link #fail} (no endpoint,
     * wrong method, body over the limit): their plain-text body becomes the JSON error.
     */
    private static void jsonError(Context ctx, AskDbMeters meters) {
        String contentType = ctx.res().getContentType();
        if (contentType != null && contentType.startsWith("application/json") || ctx.res().isCommitted()) {
            return;
        }
        String code = ErrorTable.codeOf(ctx.statusCode());
        String text = ctx.statusCode() == 413 ? "the request body is larger than " + MAX_REQUEST_BYTES / 1024 + " KiB"
                : ctx.result();
        meters.error(code);
        ctx.json(Map.of("error", new ErrorInfo(code, text == null || text.isBlank()
                ? "HTTP " + ctx.statusCode() + " for " + ctx.method() + " " + ctx.path() : text)));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
    }

    private static String describeKeys(ServerSettings settings) {
        if (!settings.authenticationRequired()) {
            return "API open (no keys)";
        }
        long admins = settings.apiKeys().stream().filter(ServerSettings.ApiKey::admin).count();
        return settings.apiKeys().size() + " API keys (" + admins + " admin)";
    }

    private static byte[] resource(String path) {
        try (InputStream in = AskDbServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    /** The meters behind {@code /metrics}. */
    PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        mcp.close();
        app.stop();
        registry.close();
    }
}
