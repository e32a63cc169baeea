package io.askdb.app.mcp;

import io.askdb.AskDb;
import io.askdb.app.Json;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/** Builds askdb's MCP server on a transport: stdio for desktop agents, streamable HTTP for {@code serve}. */
public final class McpServers {

    static final String NAME = "askdb";
    static final String VERSION = "0.1.0";
    private static final String INSTRUCTIONS = "askdb answers questions about relational databases in plain English."
            + " Call 'databases' to see what can be asked about, 'schema' to see the tables, 'ask' to get SQL and rows,"
            + " and 'explain_sql' to check your own SQL against askdb's read-only guard without running it.";

    private McpServers() {}

    /** The MCP server speaking JSON-RPC lines over {@code in} and {@code out}; nothing else may write to {@code out}. */
    public static McpSyncServer stdio(AskDb askdb, InputStream in, OutputStream out) {
        return build(McpServer.sync(new StdioServerTransportProvider(mapper(), in, out)), askdb);
    }

    /** The transport servlet and its server: mount the servlet at {@code /mcp}. */
    public record Http(HttpServletStreamableServerTransportProvider servlet, McpSyncServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.closeGracefully();
        }
    }

    /**
     * The streamable HTTP transport at {@code endpoint}; {@code context} turns each request into the
     * transport context the tools read (the caller's scope under {@link McpTools#SCOPE}).
     */
    public static Http http(AskDb askdb, String endpoint, int maxRequestBytes,
            McpTransportContextExtractor<HttpServletRequest> context) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(mapper())
                .mcpEndpoint(endpoint)
                .maxRequestSize(maxRequestBytes)
                .contextExtractor(context)
                .keepAliveInterval(Duration.ofSeconds(30))
                .build();
        return new Http(transport, build(McpServer.sync(transport), askdb));
    }

    private static McpSyncServer build(McpServer.SyncSpecification<?> spec, AskDb askdb) {
        McpTools tools = new McpTools(askdb);
        return spec.serverInfo(NAME, VERSION)
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(tools.tools())
                .resources(tools.resources())
                .requestTimeout(Duration.ofMinutes(5))
                .build();
    }

    private static JacksonMcpJsonMapper mapper() {
        return new JacksonMcpJsonMapper(Json.MAPPER.copy());
    }
}
