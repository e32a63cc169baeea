package io.askdb.app.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import io.askdb.AskDb;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.app.Json;
import io.askdb.app.SchemaView;
import io.askdb.schema.SchemaCatalog;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP tools and resources of one {@link AskDb}, independent of the transport.
 *
 * <p>Errors carry askdb's codes two ways: a caller's mistake (no question, an unknown database, a
 * question over the length limit) is a JSON-RPC error {@code -32602} whose {@code data.code} is
 * askdb's code; an honest failure (a refused SQL, no answer, a database that is down) is a tool
 * result with {@code isError: true} and {@code error.code}, which the agent reads and can act on.
 */
public final class McpTools {

    /** The transport-context key holding the caller's cache scope (the API key's name; "" when open). */
    public static final String SCOPE = "askdb.scope";
    /** Rows a tool result carries at most; {@code truncated} says when there were more. */
    static final int MAX_ROWS = 100;
    static final String SCHEMA_URI = "askdb://schema/";

    private static final Logger LOG = LoggerFactory.getLogger(McpTools.class);
    private static final int INVALID_PARAMS = -32602;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final AskDb askdb;
    private final int maxQuestionLength;

    public McpTools(AskDb askdb) {
        this.askdb = askdb;
        this.maxQuestionLength = askdb.config().pipeline().maxQuestionLength();
    }

    public List<SyncToolSpecification> tools() {
        return List.of(
                tool("ask", "Ask a question about a database in plain English. Returns the SQL, the rows (at most "
                        + MAX_ROWS + "), which tier answered (cache, fast_path, orchestration, airplane) and the cost.",
                        schema(Map.of(
                                "question", prop("string", "The question, e.g. 'How many customers are there?'"),
                                "database", prop("string", "A configured database name (see the databases tool); default 'default'"),
                                "offline", prop("boolean", "Answer without the LLM (rule-based tiers only)"),
                                "dryRun", prop("boolean", "Return the SQL and the database's plan without running it")),
                                List.of("question")),
                        this::ask),
                tool("schema", "The tables, columns and keys askdb sees in a database (denied columns left out).",
                        schema(Map.of(
                                "database", prop("string", "A configured database name; default 'default'"),
                                "table", prop("string", "Only tables whose name contains this text (any case)")),
                                List.of()),
                        this::schema),
                tool("explain_sql", "Check a SQL statement with askdb's guard (read-only, known tables, denied columns,"
                        + " row cap) and return the database's plan for it, without running it.",
                        schema(Map.of(
                                "sql", prop("string", "One SELECT statement"),
                                "database", prop("string", "A configured database name; default 'default'")),
                                List.of("sql")),
                        this::explainSql),
                tool("databases", "The names of the databases askdb can answer on.", schema(Map.of(), List.of()),
                        (exchange, request) -> ok(Map.of("default", AskDb.DEFAULT_DATABASE,
                                "databases", askdb.databaseNames().stream().sorted().toList()))),
                tool("cache_stats", "Hits, misses and sizes of askdb's caches.", schema(Map.of(), List.of()),
                        (exchange, request) -> ok(Json.MAPPER.convertValue(askdb.cache().stats(), MAP))));
    }

    /** Each database's schema as a JSON resource {@code askdb://schema/NAME}. */
    public List<SyncResourceSpecification> resources() {
        List<SyncResourceSpecification> out = new ArrayList<>();
        for (String name : askdb.databaseNames().stream().sorted().toList()) {
            McpSchema.Resource resource = McpSchema.Resource.builder(SCHEMA_URI + name, "schema-" + name)
                    .title("Schema of database '" + name + "'")
                    .description("Tables, columns and keys of '" + name + "' as askdb sees them")
                    .mimeType("application/json")
                    .build();
            out.add(new SyncResourceSpecification(resource, (exchange, request) -> McpSchema.ReadResourceResult.builder(
                    List.of(McpSchema.TextResourceContents.builder(request.uri(), Json.compact(schemaView(name, null)))
                            .mimeType("application/json")
                            .build()))
                    .build()));
        }
        return out;
    }

    private CallToolResult ask(McpSyncServerExchange exchange, CallToolRequest call) {
        Map<String, Object> args = arguments(call);
        String question = text(args, "question");
        if (question == null || question.isBlank()) {
            throw invalid("INVALID_QUESTION", "the 'question' argument is required, e.g. \"How many customers are there?\"");
        }
        if (question.length() > maxQuestionLength) {
            throw invalid("INVALID_QUESTION", "the question is " + question.length()
                    + " characters long; the limit is " + maxQuestionLength);
        }
        QueryRequest request = QueryRequest.of(question)
                .withDatabase(database(args))
                .withOffline(flag(args, "offline"))
                .withDryRun(flag(args, "dryRun"))
                .withScope(scope(exchange));
        QueryResponse response = askdb.ask(request);
        LOG.info("mcp ask: {} on '{}' -> {} in {} ms", response.success() ? "answered" : "failed",
                request.database(), response.tier(), String.format(Locale.ROOT, "%.1f", response.elapsedMs()));
        Map<String, Object> body = bounded(response);
        return response.success() ? ok(body) : failed(body);
    }

    private CallToolResult schema(McpSyncServerExchange exchange, CallToolRequest call) {
        Map<String, Object> args = arguments(call);
        String database = database(args);
        try {
            return ok(Json.MAPPER.convertValue(schemaView(database, text(args, "table")), MAP));
        } catch (AskDbException e) {
            return failed(Map.of("error", ErrorInfo.of(e)));
        }
    }

    private CallToolResult explainSql(McpSyncServerExchange exchange, CallToolRequest call) {
        Map<String, Object> args = arguments(call);
        String sql = text(args, "sql");
        if (sql == null || sql.isBlank()) {
            throw invalid("INVALID_REQUEST", "the 'sql' argument is required");
        }
        String database = database(args);
        try {
            Map<String, Object> plan = new LinkedHashMap<>(askdb.explain(database, sql));
            plan.put("refused", false);
            return ok(plan);
        } catch (AskDbException e) {
            LOG.info("mcp explain_sql on '{}': {} ({})", database, e.code(), e.getMessage());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("database", database);
            body.put("refused", e.code() == io.askdb.api.ErrorCode.SQL_REJECTED);
            body.put("error", ErrorInfo.of(e));
            return failed(body);
        }
    }

    private SchemaView schemaView(String database, String tableFilter) {
        SchemaCatalog catalog = askdb.schema(database);
        SchemaView view = SchemaView.of(database, catalog, askdb.config().database().denyColumns(),
                askdb.exampleQuestions(database));
        return tableFilter == null || tableFilter.isBlank() ? view : view.filter(tableFilter);
    }

    /** The response as JSON with at most {@value #MAX_ROWS} rows; {@code truncated} when it was cut here. */
    private static Map<String, Object> bounded(QueryResponse response) {
        Map<String, Object> body = Json.MAPPER.convertValue(response, MAP);
        body.remove("details");
        if (response.rows() != null && response.rows().size() > MAX_ROWS) {
            body.put("rows", response.rows().subList(0, MAX_ROWS));
            body.put("truncated", true);
        }
        return body;
    }

    private String database(Map<String, Object> args) {
        String name = text(args, "database");
        if (name == null || name.isBlank()) {
            return AskDb.DEFAULT_DATABASE;
        }
        if (!askdb.databaseNames().contains(name)) {
            throw invalid("UNKNOWN_DATABASE", "no database is named '" + name + "'; known: "
                    + askdb.databaseNames().stream().sorted().toList());
        }
        return name;
    }

    private static String scope(McpSyncServerExchange exchange) {
        Object scope = exchange.transportContext() == null ? null : exchange.transportContext().get(SCOPE);
        return scope instanceof String s ? s : "";
    }

    private static Map<String, Object> arguments(CallToolRequest call) {
        return call.arguments() == null ? Map.of() : call.arguments();
    }

    private static String text(Map<String, Object> args, String name) {
        Object value = args.get(name);
        return value == null ? null : value.toString();
    }

    private static boolean flag(Map<String, Object> args, String name) {
        Object value = args.get(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    private static McpError invalid(String code, String message) {
        return McpError.builder(INVALID_PARAMS).message(message).data(Map.of("code", code)).build();
    }

    private static CallToolResult ok(Map<String, Object> body) {
        return CallToolResult.builder().addTextContent(Json.compact(body)).structuredContent(body).isError(false).build();
    }

    private static CallToolResult failed(Map<String, Object> body) {
        return CallToolResult.builder().addTextContent(Json.compact(body)).structuredContent(body).isError(true).build();
    }

    private static Map<String, Object> prop(String type, String description) {
        return Map.of("type", type, "description", description);
    }

    private static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
        return Map.of("type", "object", "properties", properties, "required", required, "additionalProperties", false);
    }

    /** Every tool only reads: agents may call them without asking their user first. */
    private static final McpSchema.ToolAnnotations READ_ONLY = McpSchema.ToolAnnotations.builder()
            .readOnlyHint(true).destructiveHint(false).idempotentHint(true).openWorldHint(false).build();

    private static SyncToolSpecification tool(String name, String description, Map<String, Object> input,
            java.util.function.BiFunction<McpSyncServerExchange, CallToolRequest, CallToolResult> handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder(name, input).description(description).annotations(READ_ONLY).build();
        return SyncToolSpecification.builder().tool(tool).callHandler(handler).build();
    }
}
