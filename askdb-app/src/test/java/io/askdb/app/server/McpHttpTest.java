package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.app.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * MCP over streamable HTTP at {@code /mcp} of a running server: the SDK's own client with a key,
 * and plain HTTP without one, with a wrong one and past the rate limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpHttpTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

    private final AtomicLong nanos = new AtomicLong();
    private TestServer server;
    private McpSyncClient client;

    @BeforeAll
    void start() {
        Ticker ticker = nanos::get;
        server = TestServer.start(Map.of("ASKDB_API_KEYS", "agent:key-agent-1234,limited:key-limited-5678",
                "ASKDB_RATE_LIMIT", "60"), ticker);
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(server.base())
                .endpoint("/mcp")
                .jsonMapper(new JacksonMcpJsonMapper(Json.MAPPER.copy()))
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer key-agent-1234"))
                .build();
        client = McpClient.sync(transport).initializationTimeout(Duration.ofSeconds(60)).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
    }

    @AfterAll
    void stop() {
        client.closeGracefully();
        server.close();
    }

    @Test
    void should_list_the_five_tools_and_a_schema_resource_per_database() {
        List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        List<String> resources = client.listResources().resources().stream().map(McpSchema.Resource::uri).toList();

        assertThat(tools).containsExactlyInAnyOrder("ask", "schema", "explain_sql", "databases", "cache_stats");
        assertThat(resources).containsExactlyInAnyOrder("askdb://schema/default", "askdb://schema/inventory");
    }

    @Test
    void should_answer_a_question_with_the_sql_the_rows_and_the_tier() {
        CallToolResult result = client.callTool(call("ask", Map.of("question", "How many customers are there?", "offline", true)));

        Map<String, Object> body = structured(result);
        assertThat(result.isError()).isFalse();
        assertThat(body.get("rows")).isEqualTo(List.of(List.of(3)));
        assertThat((String) body.get("sql")).containsIgnoringCase("customer");
        assertThat(body.get("tier")).isIn("fast_path", "cache", "airplane");
        assertThat(body).containsEntry("llmCalls", 0).containsEntry("estimatedCostUsd", 0.0);
    }

    @Test
    void should_refuse_a_hostile_sql_in_explain_sql_with_askdbs_code() {
        CallToolResult drop = client.callTool(call("explain_sql", Map.of("sql", "DROP TABLE customer")));
        CallToolResult denied = client.callTool(call("explain_sql", Map.of("sql", "SELECT name, secret FROM customer")));

        assertThat(drop.isError()).isTrue();
        assertThat(structured(drop)).containsEntry("refused", true);
        assertThat(structured(drop).get("error")).asString().contains("SQL_REJECTED");
        assertThat(denied.isError()).isTrue();
        assertThat(structured(denied).get("error")).asString().contains("SQL_REJECTED");
    }

    @Test
    void should_return_the_plan_of_an_accepted_sql_without_running_it() {
        CallToolResult result = client.callTool(call("explain_sql", Map.of("sql", "SELECT name FROM product WHERE price > 100", "database", "default")));

        Map<String, Object> body = structured(result);
        assertThat(result.isError()).isFalse();
        assertThat(body).containsEntry("refused", false);
        assertThat(body.get("tables")).asString().containsIgnoringCase("product");
        assertThat(body.get("plan")).asString().containsIgnoringCase("product");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_the_schema_without_denied_columns_and_filter_by_table() {
        CallToolResult result = client.callTool(call("schema", Map.of("table", "custom")));

        List<Map<String, Object>> tables = (List<Map<String, Object>>) structured(result).get("tables");
        assertThat(tables).extracting(t -> t.get("name").toString().toLowerCase(java.util.Locale.ROOT))
                .containsExactly("customer");
        assertThat(Json.compact(tables)).containsIgnoringCase("country").doesNotContainIgnoringCase("secret");
    }

    @Test
    void should_answer_an_unknown_database_with_an_mcp_error_carrying_the_code() {
        assertThatThrownBy(() -> client.callTool(call("ask", Map.of("question", "how many warehouses", "database", "nowhere"))))
                .isInstanceOf(McpError.class)
                .satisfies(e -> {
                    McpSchema.JSONRPCResponse.JSONRPCError error = ((McpError) e).getJsonRpcError();
                    assertThat(error.code()).isEqualTo(-32602);
                    assertThat(error.data()).asString().contains("UNKNOWN_DATABASE");
                });
    }

    @Test
    void should_refuse_mcp_without_a_key_or_with_a_wrong_one_and_let_a_valid_key_in() {
        HttpResponse<String> none = initialize();
        HttpResponse<String> wrong = initialize("Authorization", "Bearer not-a-key");
        HttpResponse<String> valid = initialize("X-API-Key", "key-agent-1234");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("error").get("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.headers().firstValue("Mcp-Session-Id")).isPresent();
        assertThat(valid.body()).contains("\"serverInfo\"").contains("askdb");
    }

    @Test
    void should_count_mcp_requests_against_the_callers_rate_limit() {
        for (int i = 0; i < 60; i++) {
            assertThat(initialize("X-API-Key", "key-limited-5678").statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }
        HttpResponse<String> limited = initialize("X-API-Key", "key-limited-5678");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).get("error").get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(initialize("X-API-Key", "key-limited-5678").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> initialize(String... headers) {
        return server.send(server.builder("/mcp", headers)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                .build());
    }

    private static CallToolRequest call(String tool, Map<String, Object> arguments) {
        return CallToolRequest.builder(tool).arguments(arguments).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }
}
